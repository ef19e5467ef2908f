/**
 * @plandiff/compare — Plan × Plan → Comparison; Plan[] → Timeline and lineage; Markdown and CSV reports.
 * Browser-safe: no node: imports anywhere under src/.
 */
export { comparePlans, planTargets } from './compare.js';
export type { CompareOptions, PlanComparison } from './compare.js';
export { LinkDecisionsFile, TaskReference, parseLinkDecisions, resolveTaskReference, resolveDecisions } from './decisions.js';
export type { LinkDecisions, ResolvedDecisions } from './decisions.js';
export { buildTimeline } from './timeline.js';
export { traceLineage } from './lineage.js';
export type { LineageStart, LineageOptions } from './lineage.js';
export { comparisonToMarkdown, diffToMarkdown } from './report-markdown.js';
export { comparisonToCsv, timelineToCsv, csvField, toCsv, BOM } from './report-csv.js';
export { neutraliseFormula } from './csv-injection.js';
export { formatFigure, describeChange } from './figure.js';
export { tokenise, characterBigrams, POLICY_TERMS } from './tokenise.js';
export type { Token, TokenKind } from './tokenise.js';
export { diffTexts } from './diff.js';
export { normaliseMetric, metricSimilarity, matchTargets, describeTargetChange } from './targets.js';
export { assignmentChanges } from './assignments.js';
export { alignTasks, SCORE_WEIGHTS, LINK_THRESHOLD } from './align.js';
export { sectionLabelPath } from './classify.js';
export type { SectionLink } from './sections.js';
