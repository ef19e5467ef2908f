/**
 * `parsePlan` of @plandiff/parse, for asserting what the readers' HTML parses to. Imported by path, not as a
 * dependency: @plandiff/parse depends on @plandiff/ingest (its `parseNotice`), so a devDependency back would make a
 * cycle in the workspace graph that turbo refuses.
 */
export { parsePlan } from '../../parse/src/index.js';
