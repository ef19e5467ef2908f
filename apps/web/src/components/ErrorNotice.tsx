import { ApiError } from '../api/api-error.js';

/** Error state: what failed, the API's problem title/detail and status when there is one, and a retry. */
export function ErrorNotice({ what, error, onRetry }: { what: string; error: Error; onRetry?: () => void }) {
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : '';
  const title = error instanceof ApiError ? error.title : error.name;
  const detail = error instanceof ApiError ? error.detail : error.message;
  return (
    <div className="state state-error" role="alert">
      <strong>Could not load {what}{status}.</strong> {title}
      {detail && detail !== title ? <>: {detail}</> : null}
      {onRetry ? (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
