#!/usr/bin/env node
// Installed `plandiff` bin: runs the TypeScript entry through tsx's loader.
import { register } from 'tsx/esm/api';
register();
await import('../src/main.ts');
