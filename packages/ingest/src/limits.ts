/** Bounds that keep a hostile or broken file from exhausting memory or time. */
export interface IngestLimits {
  /** the most bytes a container may inflate to (ZIP members, DOCX/XLSX parts) */
  maxInflatedBytes: number;
  /** the most PDF pages read */
  maxPages: number;
  /** the most ZIP members listed */
  maxMembers: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxInflatedBytes: 64 * 1024 * 1024,
  maxPages: 500,
  maxMembers: 200,
};
