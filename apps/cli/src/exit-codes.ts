/** Exit codes of the plandiff command (DESIGN.md CLI contract). */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;

/** A failure the user can fix: printed as one line on stderr, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
