import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/** The languages of the viewer; zh-CN is the default (its readers are Chinese policy researchers). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/**
 * Reads the language of a URL query: `lang=en` → en, `lang=zh` / `zh-CN` / absent / anything else → zh-CN.
 * Never throws.
 */
export function languageOfQuery(query: URLSearchParams): Language {
  const raw = query.get('lang')?.trim().toLowerCase() ?? '';
  return raw === 'en' || raw.startsWith('en-') ? 'en' : DEFAULT_LANGUAGE;
}

/** The shared i18next instance (i18next + react-i18next), started in the language the page URL names. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: typeof window === 'undefined' ? DEFAULT_LANGUAGE : languageOfQuery(new URLSearchParams(window.location.search)),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Sets `<html lang>` to the language shown, so screen readers and fonts pick Chinese or English. */
export function syncDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Formats a number in the language shown (`12,345`; zh-CN groups the same way). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
