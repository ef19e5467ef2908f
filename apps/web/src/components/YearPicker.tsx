import type { SeriesSummary } from '@plandiff/model';
import { useTranslation } from 'react-i18next';

interface YearPickerProps {
  years: SeriesSummary['years'];
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

/** Two selects choosing year A and year B of a series (any two years, either order), and a swap button. */
export function YearPicker({ years, from, to, onChange }: YearPickerProps) {
  const { t } = useTranslation();
  const sorted = [...years].sort((a, b) => a.year - b.year);
  // a year that is not stored (a mistyped or shared URL) shows as such instead of silently as the first year
  const stored = new Set(sorted.map((y) => y.year));
  const missing = (year: number) =>
    stored.has(year) ? null : (
      <option value={year} disabled>
        {year} (not stored)
      </option>
    );
  const option = (year: SeriesSummary['years'][number]) => (
    <option key={year.year} value={year.year}>
      {year.year}
      {year.coverage === 'excerpt' ? `（${t('common.excerpt')}）` : ''}
    </option>
  );
  return (
    <div className="year-picker">
      <label>
        <span className="label">{t('common.yearA')}</span>
        <select value={from} onChange={(event) => onChange(Number(event.target.value), to)}>
          {missing(from)}
          {sorted.map(option)}
        </select>
      </label>
      <button type="button" className="link-button swap" aria-label={t('app.swapYears')} onClick={() => onChange(to, from)}>
        ⇄
      </button>
      <label>
        <span className="label">{t('common.yearB')}</span>
        <select value={to} onChange={(event) => onChange(from, Number(event.target.value))}>
          {missing(to)}
          {sorted.map(option)}
        </select>
      </label>
    </div>
  );
}
