/**
 * `@plandiff/ingest`: bytes of any published format → what `@plandiff/parse` reads (see {@link IngestedNotice}).
 * One file per format; {@link ingestNotice} is the front door.
 */
export type {
  SourceFormat,
  BlockOrigin,
  BundleMember,
  IngestBody,
  IngestedNotice,
  IngestHints,
} from './types.js';
export { ingestNotice } from './ingest-notice.js';
export { sniffFormat } from './sniff.js';
export { IngestError } from './errors.js';
export type { IngestErrorCode } from './errors.js';
export { DEFAULT_INGEST_LIMITS } from './limits.js';
export type { IngestLimits } from './limits.js';
export { fetchNotice, readCoverPage, readNoticeAddress, DEFAULT_FETCH_OPTIONS } from './url/index.js';
export type { AddressOptions, Attachment, CoverHints, CoverPage, FetchOptions, FetchedResource, NoticeAtAddress } from './url/index.js';
export { sniffMemberFormat } from './zip.js';
export { isBiffWorkbook } from './sheets/biff8.js';
