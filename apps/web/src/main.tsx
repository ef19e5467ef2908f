// first: zod must be told not to probe `Function('')` before any schema of @plandiff/model is built
import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchLightPages } from './App.js';
import './i18n/i18n.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// after the first page: the code of the other light pages, while the reader reads
window.addEventListener('load', () => setTimeout(prefetchLightPages, 0), { once: true });
