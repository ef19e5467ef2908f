export * from './span.js';
export * from './target.js';
export * from './plan.js';
export * from './comparison.js';
export * from './evidence.js';
export * from './timeline.js';
export * from './series.js';
export * from './json-schema.js';
