import { useLayoutEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { DEFAULT_LANGUAGE, i18n, languageOfQuery, syncDocumentLanguage, type Language } from './i18n.js';

/**
 * Keeps the shown language in the URL (`?lang=en`; zh-CN, the default, needs no parameter). A URL that names a
 * language switches to it; a URL without one (reached by an in-app link) keeps the current language and, for
 * English, gets `lang=en` written back (history entry replaced), so a shared or reloaded address shows the same
 * language. Also keeps `<html lang>` in step.
 */
export function useUrlLanguage(): void {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => {
    const query = new URLSearchParams(location.search);
    const named = query.has('lang') ? languageOfQuery(query) : null;
    const current = (i18n.language === 'en' ? 'en' : DEFAULT_LANGUAGE) as Language;
    const wanted = named ?? current;
    if (wanted !== current) void i18n.changeLanguage(wanted);
    syncDocumentLanguage(wanted);
    if (named === null && wanted !== DEFAULT_LANGUAGE) {
      query.set('lang', wanted);
      void navigate({ pathname: location.pathname, search: `?${query.toString()}`, hash: location.hash }, { replace: true });
    }
  }, [location.pathname, location.search, location.hash, navigate]);
}

/**
 * The query of the current URL with the language set: `lang` removed for zh-CN (the default), `lang=en` for
 * English. Input: the current search string (`?from=2024&to=2025`). Output: the new search string with `?`.
 */
export function searchWithLanguage(search: string, language: Language): string {
  const query = new URLSearchParams(search);
  if (language === DEFAULT_LANGUAGE) query.delete('lang');
  else query.set('lang', language);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
