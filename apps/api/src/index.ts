export { createApp, maxBodyFromEnv, API_VERSION, type AppOptions } from './app.js';
export { startServer, listenAddress, type RunningServer, type ServerOptions } from './server.js';
export { warmCorpus, type WarmReport } from './warm.js';
export { Problem, PROBLEM_MEDIA_TYPE, problemType } from './problem.js';
export { DEFAULT_MAX_BODY_BYTES } from './body.js';
