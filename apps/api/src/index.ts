export { createApp, maxBodyFromEnv, API_VERSION, type AppOptions } from './app.js';
export { startServer, listenAddress, type RunningServer } from './server.js';
export { Problem, PROBLEM_MEDIA_TYPE, problemType } from './problem.js';
export { DEFAULT_MAX_BODY_BYTES } from './body.js';
