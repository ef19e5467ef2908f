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

/**
 * A stored plan larger than the bounds that every plan (stored or uploaded) must keep ({@link PlanBounds}):
 * `plan` is `series/year`, `code` the bound crossed (TOO_MANY_TASKS, TOO_MANY_TARGETS, TASK_TOO_LONG). It is
 * listed (as `broken` with this reason) but never compared: the API answers 422 naming it, the CLI exits 2.
 */
export class CorpusPlanOverBoundsError extends Error {
  constructor(readonly plan: string, readonly code: string, reason: string) {
    super(`the stored plan ${plan} is over the bounds of one plan: ${reason}`);
    this.name = 'CorpusPlanOverBoundsError';
  }
}
