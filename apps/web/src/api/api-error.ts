/**
 * An error answered by the API as `application/problem+json` (RFC 9457: type, title, status, detail), or a
 * network failure (status 0). `message` is the detail when given, else the title.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly type: string | null;
  /** the problem's stable reason code (NOT_FOUND, BINARY …), which the viewer words in the reader's language */
  readonly code: string | null;

  constructor(status: number, title: string, detail: string | null = null, type: string | null = null, code: string | null = null) {
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
    this.code = code;
  }
}

/**
 * Reads a failed response as an ApiError: the problem+json body (RFC 9457) when there is one, else the
 * status text. Never throws.
 */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  const fallback = response.statusText || `HTTP ${response.status}`;
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      const problem = body as Record<string, unknown>;
      const title = typeof problem.title === 'string' ? problem.title : fallback;
      const detail = typeof problem.detail === 'string' ? problem.detail : null;
      const type = typeof problem.type === 'string' ? problem.type : null;
      const code = typeof problem.code === 'string' ? problem.code : null;
      return new ApiError(response.status, title, detail, type, code);
    }
  } catch {
    // not JSON: fall back to the status line
  }
  return new ApiError(response.status, fallback);
}
