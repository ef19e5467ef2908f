import { LinkKind } from '@plandiff/model';
import { useEffect, useId, useState } from 'react';
import type { SectionOption } from '../comparison/link-view.js';
import { hasFilters, NO_FILTERS, type LinkFilters } from '../comparison/view-state.js';
import { useTranslation } from 'react-i18next';

interface FiltersProps {
  filters: LinkFilters;
  onChange: (filters: LinkFilters) => void;
  /** How many links of each kind the comparison has (kinds with none are not offered). */
  kindCounts: Map<LinkKind, number>;
  sections: SectionOption[];
  leadUnits: string[];
  shown: number;
  total: number;
}

/**
 * The filter bar of the aligned tasks: kind toggles with counts, section, lead unit and free text (applied
 * 250 ms after typing stops), the number shown, and a reset. Every control is a labelled form control.
 */
export function Filters({ filters, onChange, kindCounts, sections, leadUnits, shown, total }: FiltersProps) {
  const id = useId();
  const { t } = useTranslation();
  const [text, setText] = useState(filters.text);
  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => {
    if (text.trim() === filters.text) return;
    const timer = setTimeout(() => onChange({ ...filters, text: text.trim() }), 250);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const toggleKind = (kind: LinkKind) => {
    const kinds = filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind];
    onChange({ ...filters, kinds: LinkKind.options.filter((k) => kinds.includes(k)) });
  };

  return (
    <form className="filters" role="search" aria-label={t('filters.aria')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="kind-toggles">
        <legend>{t('filters.kind')}</legend>
        {LinkKind.options
          .filter((kind) => (kindCounts.get(kind) ?? 0) > 0 || filters.kinds.includes(kind))
          .map((kind) => (
            <label key={kind} className={`kind-toggle badge-${kind}${filters.kinds.includes(kind) ? ' is-on' : ''}`} title={t(`kindMeaning.${kind}`)}>
              <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={() => toggleKind(kind)} data-kind={kind} />
              {t(`kind.${kind}`)} <span className="kind-count">{kindCounts.get(kind) ?? 0}</span>
            </label>
          ))}
      </fieldset>
      <label className="filter-field">
        <span className="label">{t('filters.section')}</span>
        <select
          id={`${id}-section`}
          value={filters.section ?? ''}
          onChange={(event) => onChange({ ...filters, section: event.target.value || null })}
        >
          <option value="">{t('filters.allSections')}</option>
          {sections.map((section) => (
            <option key={section.title} value={section.title}>
              {'\u00a0\u00a0'.repeat(Math.max(0, section.level - 1))}
              {section.label}
              {section.title}
            </option>
          ))}
        </select>
      </label>
      {leadUnits.length > 0 ? (
        <label className="filter-field">
          <span className="label">{t('filters.lead')}</span>
          <select value={filters.lead ?? ''} onChange={(event) => onChange({ ...filters, lead: event.target.value || null })}>
            <option value="">{t('filters.allUnits')}</option>
            {leadUnits.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="filter-field filter-text">
        <span className="label">{t('filters.text')}</span>
        <input
          type="search"
          value={text}
          placeholder={t('filters.textPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Escape leaves the field so that n / p work again
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
      </label>
      <p className="filter-count" aria-live="polite">
        {shown === total ? t('filters.count', { total, count: total }) : t('filters.countFiltered', { shown, total })}
      </p>
      {hasFilters(filters) ? (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      ) : null}
      {/* key names are what is written on the keyboard, in any language */}
      <p className="key-hint">
        <kbd translate="no">n</kbd> / <kbd translate="no">p</kbd> {t('filters.keysStep')} · <kbd translate="no">Esc</kbd> {t('filters.keysLeave')}
      </p>
    </form>
  );
}
