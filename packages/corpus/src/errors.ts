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
