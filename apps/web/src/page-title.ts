import { useEffect } from 'react';
import { i18n } from './i18n/i18n.js';

/** The English title of the home page (`app.homeTitle`; the Chinese one is the default). */
export const HOME_TITLE = "plandiff — what changed in China's yearly work plans";

/**
 * A page's document title: its parts, most specific first, joined by ` · `, then `plandiff`
 * (`国务院政府工作报告 2024 → 2025 · plandiff`). Input: parts, where null / undefined / empty ones are left out.
 * Output: the title; the home title in the language shown (`app.homeTitle`) when no part is left.
 */
export function pageTitle(parts: readonly (string | null | undefined)[]): string {
  const shown = parts.map((part) => part?.trim() ?? '').filter((part) => part !== '');
  return shown.length === 0 ? i18n.t('app.homeTitle') : `${shown.join(' · ')} · plandiff`;
}

/** Sets `document.title` to {@link pageTitle} of the parts. */
export function setPageTitle(parts: readonly (string | null | undefined)[]): void {
  document.title = pageTitle(parts);
}

/**
 * Keeps `document.title` at {@link pageTitle} of the parts while the page is shown. Every page calls it, so that a
 * page reached by a link, or by the browser's back button, never keeps the title of the page before it.
 */
export function usePageTitle(parts: readonly (string | null | undefined)[]): void {
  const title = pageTitle(parts);
  const language = i18n.language;
  useEffect(() => {
    document.title = title;
  }, [title, language]);
}
