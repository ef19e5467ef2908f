import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';
import { describeLoadError } from '../api/error-text.js';

/** A sentence with `backquoted` parts (the parser's messages name commands that way) shown with those parts as code. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i} translate="no">{part}</code> : part))}
    </>
  );
}

/**
 * Error state: what failed, the API's problem title/detail and status when there is one, what to do when the server
 * is not answering, and a retry — except for a 4xx answer (unknown series, bad id), which asking again cannot change.
 */
export function ErrorNotice({ what, error, onRetry }: { what: string; error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = describeLoadError(what, error, t);
  const final = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return (
    <div className="state state-error" role="alert">
      <strong>{text.headline}</strong> {text.detail ? <WithCode text={text.detail} /> : null}
      {text.hint ? <span className="error-hint"> {text.hint}</span> : null}
      {onRetry && !final ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}
