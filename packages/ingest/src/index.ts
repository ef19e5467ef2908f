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
