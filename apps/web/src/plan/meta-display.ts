import type { Plan } from '@plandiff/model';
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n.js';

/** Metadata fields of a Plan that the parser may fail to find. */
export type MetaField = 'title' | 'issuer' | 'docNumber' | 'issuedOn' | 'publishedOn';

/** The parser's warning codes saying why a field is null: lost to damage (UNREADABLE) or not in the text (ABSENT). */
const WARNING_PREFIX: Record<MetaField, string> = {
  title: 'TITLE',
  issuer: 'ISSUER',
  docNumber: 'DOC_NUMBER',
  issuedOn: 'ISSUED_ON',
  publishedOn: 'PUBLISHED_ON',
};

/**
 * Why a metadata field of a plan has no value, in words for the plan header (in the language given; English words
 * shown here), from the parser's warnings:
 * `unreadable: damaged in the source` (e.g. 鄂环发?024?? of the Hubei 2024 scrape, warning DOC_NUMBER_UNREADABLE),
 * `not in the source` (e.g. no title line in the Wikisource copy of the 2025 report, TITLE_ABSENT), else `unknown`.
 * Input: the Plan and the field. Output: the phrase; null when the field has a value.
 */
export function missingMetaText(plan: Plan, field: MetaField, t: TFunction = i18n.t): string | null {
  if (plan.meta[field] !== null) return null;
  const prefix = WARNING_PREFIX[field];
  const codes = new Set(plan.warnings.map((warning) => warning.code));
  if (codes.has(`${prefix}_UNREADABLE`)) return t('plan.metaUnreadable');
  if (codes.has(`${prefix}_ABSENT`)) return t('plan.metaAbsent');
  return t('plan.unknown');
}
