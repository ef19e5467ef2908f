export { Corpus, defaultFixturesDir, type Fixture } from './corpus.js';
export { CorpusNotFoundError, CorpusUsageError } from './errors.js';
export { checkSeriesId, checkYear, parsePlanRef } from './ids.js';
export { planCacheKey } from './hash.js';
export { addNotice, nearestSeriesId, NoticeRefusedError, readNoticeFile, sourceExtension, type AddNoticeInput, type AddNoticeResult } from './add-notice.js';
export { checkFixtures, type FixtureCheck } from './check-fixtures.js';
export { serialisePlan, firstDifference } from './snapshot.js';
