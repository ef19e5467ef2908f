/** A series or year that is not in fixtures/ (the API answers 404). */
export class CorpusNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusNotFoundError';
  }
}

/** A request the corpus refuses as malformed (bad id, same year twice, existing fixture without force): 400 / exit 2. */
export class CorpusUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusUsageError';
  }
}

/**
 * A stored file that cannot be read (invalid JSON, a meta.json or series.json of the wrong shape, a missing
 * source): `path` is relative to fixtures/. The API answers 500 naming the file; listings skip it and mark it.
 */
export class CorpusBrokenFixtureError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`fixtures/${path} cannot be read: ${reason}`);
    this.name = 'CorpusBrokenFixtureError';
  }
}
