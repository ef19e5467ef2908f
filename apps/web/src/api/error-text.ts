import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n.js';
import { ApiError } from './api-error.js';
import { catalogueText, PROBLEM_CODES } from '../i18n/catalogue.js';

/** What an error state says: a headline sentence and, when known, the detail and what the reader can do. */
export interface ErrorText {
  /** e.g. `Could not load the targets (HTTP 404).` */
  headline: string;
  /** the API's problem title and detail (RFC 9457), or the error's message; null when nothing more is known */
  detail: string | null;
  /** what to do about it, for failures the reader can act on (server down); null otherwise */
  hint: string | null;
}

/** Statuses a proxy or gateway answers when the API behind it is down (RFC 9110 §15.6.3–15.6.5). */
const GATEWAY_DOWN = new Set([502, 503, 504]);


/**
 * Words for a failed load. Input: what was being loaded (`the targets`) and the error (an ApiError from the client,
 * or any Error). Output: {@link ErrorText}. A network failure (ApiError status 0: fetch rejected, nothing answered)
 * and a gateway's 502/503/504 without a problem body say plainly that the plandiff server is not answering;
 * any other API error shows its status and, in Chinese, the sentence of its problem `code` from the catalogue
 * (src/i18n/catalogue.ts; a backquoted command of the detail kept), in English the problem title/detail as the API
 * wrote them (also in Chinese for a code the catalogue lacks). In the language of `t` (default: the one shown).
 */
export function describeLoadError(what: string, error: Error, t: TFunction = i18n.t): ErrorText {
  if (error instanceof ApiError && (error.status === 0 || (GATEWAY_DOWN.has(error.status) && error.type === null))) {
    return { headline: t('error.serverDown', { what }), detail: null, hint: t('error.serverDownHint') };
  }
  if (error instanceof ApiError) {
    // a fixed `t` (i18next getFixedT) names its language; the one from useTranslation follows the one shown
    const english = ((t as { lng?: string | null }).lng ?? i18n.language) === 'en';
    const worded = english ? null : catalogueText(PROBLEM_CODES, error.code, 'zh-CN');
    if (worded !== null) {
      // the API's English detail stays for English readers; a command it names (`pdftotext …`) is kept as code
      const commands = (error.detail ?? '').split('`').filter((_, i) => i % 2 === 1);
      const detail = commands.length > 0 ? `${worded} ${commands.map((c) => `\`${c}\``).join(' ')}` : worded;
      return { headline: t('error.http', { what, status: error.status }), detail, hint: null };
    }
    const detail = error.detail && error.detail !== error.title ? `${error.title}: ${error.detail}` : error.title;
    return { headline: t('error.http', { what, status: error.status }), detail, hint: null };
  }
  return { headline: t('error.other', { what }), detail: error.message || error.name, hint: null };
}

/**
 * True when an error thrown while rendering a route is the browser failing to fetch a lazily loaded part of the
 * viewer (a code-split page such as the targets page): the server is down, or a new build replaced the file.
 * The messages are those of Chromium, Firefox and Safari for a failed dynamic `import()`, and Vite's own preload
 * helper's when a page's stylesheet cannot be fetched (`Unable to preload CSS for …`).
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS for/i.test(
    error.message,
  );
}
