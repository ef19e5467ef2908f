/** Codes of {@link PlanParseError}: the input as a whole is unusable. */
export type PlanParseErrorCode = 'EMPTY' | 'BINARY' | 'NOT_A_PLAN' | 'TOO_LARGE' | 'UNDECODABLE';

/**
 * The one error type the parser throws: the input is unusable as a whole (empty, binary, not a plan).
 * Problems inside a usable input are never thrown; they become `plan.warnings` and `plan.damage`.
 * `message` is one line a user can act on.
 */
export class PlanParseError extends Error {
  readonly code: PlanParseErrorCode;
  constructor(code: PlanParseErrorCode, message: string) {
    super(message);
    this.name = 'PlanParseError';
    this.code = code;
  }
}
