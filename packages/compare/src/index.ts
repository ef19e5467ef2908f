/**
 * @plandiff/compare — Plan × Plan → Comparison; Plan[] → Timeline and lineage; Markdown and CSV reports.
 * Browser-safe: no node: imports anywhere under src/.
 */
export { comparePlans, mirrorComparison, planTargets } from './compare.js';
export { isCanonicalOrder, mirrorLink, mirrorTargetChange } from './mirror.js';
export { sectionMoves } from './section-moves.js';
export { alignSentences, splitSentences, sentencesToDiff } from './sentences.js';
export type { CompareOptions, PlanComparison } from './compare.js';
export { LinkDecisionsFile, TaskReference, parseLinkDecisions, resolveTaskReference, resolveDecisions, reverseDecisions } from './decisions.js';
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
export {
  normaliseMetric, metricSimilarity, matchTargets, describeTargetChange, identitySimilarity, pairSimilarity, unitsCompatible, unitDimension,
} from './targets.js';
export type { TargetContext } from './targets.js';
export { assignmentChanges } from './assignments.js';
export { alignTasks, SCORE_WEIGHTS, LINK_THRESHOLD, textSimilarity } from './align.js';
export { CHANGED_THRESHOLD, MIN_TEXT_SIMILARITY } from './classify.js';
export { sectionLabelPath } from './classify.js';
export type { SectionLink } from './sections.js';
export { buildCrossSection, crossSectionTargets, crossSectionCellStatus, GDP_GROWTH_KEY } from './cross-section.js';
export type { CrossSectionInput, CrossSectionMember, CrossSectionMemberStatus, CrossSectionCellStatus } from './cross-section.js';
export { crossSectionToCsv } from './cross-section-csv.js';
export {
  seriesOutcomes, collectionOutcomes, judgedTargets, pairResults, judge, VERDICT_RULES, CEILING_METRICS, DECLINE_METRICS, ruleOf,
  reviewClaim, outcomesCsv, outcomesMarkdown, formatResult, VERDICT_ZH,
} from './outcomes/index.js';
export type { OutcomeInput, Pairing, Judgement, VerdictRule } from './outcomes/index.js';
