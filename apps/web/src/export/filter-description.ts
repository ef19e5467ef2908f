import type { TFunction } from 'i18next';
import { hasFilters, type LinkFilters } from '../comparison/view-state.js';

/**
 * Names the active filters in the reader's language, for the exported files: `类型=修改、删除；章节=…；文字=内需`,
 * or the "everything" wording when no filter is set. Input: the filters and a translation function.
 */
export function describeFilters(filters: LinkFilters, t: TFunction): string {
  if (!hasFilters(filters)) return t('export.all');
  const zh = t('kind.changed') === '修改';
  const parts: string[] = [];
  const join = zh ? '、' : ', ';
  if (filters.kinds.length > 0) parts.push(`${t('filters.kind')}=${filters.kinds.map((kind) => t(`kind.${kind}`)).join(join)}`);
  if (filters.section) parts.push(`${t('filters.section')}=${filters.section}`);
  if (filters.lead) parts.push(`${t('filters.lead')}=${filters.lead}`);
  if (filters.text.trim()) parts.push(`${t('filters.text')}=${filters.text.trim()}`);
  return parts.join(zh ? '；' : '; ');
}

/**
 * A file-name part naming the filters (`kind-changed-moved_q-内需`), '' without filters; characters a file system
 * refuses (/ \ : * ? " < > |) become `-`.
 */
export function filterFileSuffix(filters: LinkFilters): string {
  if (!hasFilters(filters)) return '';
  const parts: string[] = [];
  if (filters.kinds.length > 0) parts.push(`kind-${filters.kinds.join('-')}`);
  if (filters.section) parts.push(`section-${filters.section.slice(0, 20)}`);
  if (filters.lead) parts.push(`lead-${filters.lead}`);
  if (filters.text.trim()) parts.push(`q-${filters.text.trim()}`);
  return `-filtered-${parts.join('_')}`.replace(/[/\\:*?"<>|\s]+/g, '-');
}
