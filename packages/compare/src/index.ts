/**
 * @plandiff/compare — Plan × Plan → Comparison; Plan[] → Timeline and lineage; reports.
 * Browser-safe: no node: imports anywhere under src/.
 */
export { comparePlans, planTargets } from './compare.js';
export type { CompareOptions, PlanComparison } from './compare.js';
export { LinkDecisionsFile, TaskReference, parseLinkDecisions, resolveTaskReference, resolveDecisions } from './decisions.js';
export type { LinkDecisions, ResolvedDecisions } from './decisions.js';
export { tokenise, characterBigrams, POLICY_TERMS } from './tokenise.js';
export type { Token, TokenKind } from './tokenise.js';
export { diffTexts } from './diff.js';
export { normaliseMetric, metricSimilarity, matchTargets, describeTargetChange } from './targets.js';
export { assignmentChanges } from './assignments.js';
export { alignTasks, SCORE_WEIGHTS, LINK_THRESHOLD } from './align.js';
export type { SectionLink } from './sections.js';
