export { Corpus, defaultFixturesDir, type Fixture } from './corpus.js';
export { CorpusBrokenFixtureError, CorpusNotFoundError, CorpusUsageError } from './errors.js';
export { checkSeriesId, checkYear, parsePlanRef } from './ids.js';
export { planCacheKey } from './hash.js';
export { recoverFolderSwaps, swapLeftovers, type SwapLeftover } from './atomic-write.js';
export { checkSourceUrl } from './source-url.js';
export {
  addNotice, nearestSeriesId, NoticeRefusedError, recoverFixtureSwaps, readNoticeFile, sourceExtension, type AddNoticeInput, type AddNoticeResult,
} from './add-notice.js';
export { checkFixtures, type FixtureCheck } from './check-fixtures.js';
export { serialisePlan, firstDifference } from './snapshot.js';
export { checkCollections, collectionIds, collectionSummary, crossSection, listCollections, readCollection, type CollectionCheck } from './collection.js';
export { outcomes, collectionOutcomesOf, linkedBulletins, seriesKind } from './outcomes.js';
