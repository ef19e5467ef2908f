export { seriesOutcomes, collectionOutcomes, type OutcomeInput } from './outcomes.js';
export { judgedTargets, pairResults, isResultFor, type Pairing } from './pair.js';
export { judge, type Judgement, type VerdictContext } from './verdict.js';
export { VERDICT_RULES, CEILING_METRICS, DECLINE_METRICS, ruleOf, type VerdictRule } from './rules.js';
export { reviewClaim, sentenceAt } from './claims.js';
export { outcomesCsv, outcomesMarkdown, formatResult, VERDICT_ZH } from './export.js';
