/**
 * parse, for tests and the benchmark of this package only. Imported by path, not as a package dependency:
 * `@plandiff/parse` depends on `@plandiff/ingest` (parseNotice), so a dependency back would make the workspace graph
 * cyclic (turbo refuses cycles, devDependencies included).
 */
export { parsePlan } from '../../parse/src/index.js';
