import type { CSSProperties } from 'react';
import type { Comparison, SectionMove } from '@plandiff/model';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useListScrollMargin } from './use-list-scroll-margin.js';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComparisonContext } from '../comparison/comparison-context.js';
import {
  buildDocumentRows,
  chapterDensities,
  orderDocumentRows,
  stepToDocumentChange,
  type DocumentRow,
} from '../comparison/document-rows.js';
import type { LinkView } from '../comparison/link-view.js';
import { DocumentPair } from './DocumentPair.js';
import { typingInField } from './LinkList.js';

interface DocumentViewProps {
  comparison: Comparison;
  /** The links shown (after the filters), any order. */
  views: LinkView[];
  words: readonly string[];
}

/** One priorities-panel entry: a section whose rank among its siblings changed, with both years' labels. */
function PrioritiesPanel({ moves }: { moves: SectionMove[] }) {
  const { t } = useTranslation();
  const { fromIndex, toIndex } = useComparisonContext();
  if (moves.length === 0) return null;
  return (
    <section className="doc-priorities" aria-labelledby="priorities-heading" data-testid="priorities">
      <h3 id="priorities-heading">{t('document.priorities')}</h3>
      <p className="muted small">{t('document.prioritiesHint')}</p>
      <ol>
        {moves.map((move) => {
          const from = fromIndex.sectionById.get(move.from);
          const to = toIndex.sectionById.get(move.to);
          const up = move.rankTo < move.rankFrom;
          return (
            <li key={`${move.from}>${move.to}`} className={up ? 'rank-up' : 'rank-down'} data-title={move.title}>
              <span className="priority-title">{move.title}</span>
              {/* compare names the section by its year-B title; a retitled section also shows its year-A title */}
              {from && from.title !== move.title ? (
                <span className="priority-was muted" data-testid="priority-was">
                  {t('document.priorityWas', { title: from.title })}
                </span>
              ) : null}
              <span className="priority-rank">
                {up ? '▲ ' : '▼ '}
                {t('document.rank', { from: move.rankFrom, to: move.rankTo })}
                {from && to ? ` · ${from.label} → ${to.label}` : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function RowView({ row, onToggle, words, focused }: { row: DocumentRow; onToggle: (key: string) => void; words: readonly string[]; focused: boolean }) {
  const { t } = useTranslation();
  if (row.type === 'heading') {
    return (
      <div className={`doc-heading level-${row.level}`} data-chapter={row.chapter}>
        <div className="doc-cell">{row.from ? `${row.from.label}${row.from.title}` : ''}</div>
        <div className="doc-cell">{row.to ? `${row.to.label}${row.to.title}` : ''}</div>
      </div>
    );
  }
  if (row.type === 'run') {
    const label =
      row.reason === 'review' ? t('document.reviewRun', { title: row.title, count: row.rows.length }) : t('document.unchangedRun', { count: row.rows.length });
    return (
      <button
        type="button"
        className={`doc-run run-${row.reason}`}
        aria-expanded={row.expanded}
        data-run={row.reason}
        onClick={() => onToggle(row.key)}
      >
        <span className="run-label">{label}</span> <span className="run-action">{t(row.expanded ? 'document.collapse' : 'document.expand')}</span>
      </button>
    );
  }
  return <DocumentPair row={row} words={words} focused={focused} />;
}

/**
 * Document mode of a comparison: the two plans as two synchronized columns in outline order (year A left, year B
 * right), each row an aligned pair (sentence pairs inside changed ones), unchanged runs and review chapters
 * collapsed, added / dropped rows opposite an empty cell, moved rows marked at both places. Beside it: the outline
 * with each chapter's change density (click to jump) and the priorities panel (sections reordered, from the
 * comparison's `sectionMoves`, computed by the server's @plandiff/compare). A window-scrolled virtual list.
 */
export function DocumentView({ comparison, views, words }: DocumentViewProps) {
  const { t, i18n } = useTranslation();
  const context = useComparisonContext();
  const { fromIndex, toIndex, fromYear, toYear } = context;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const pairs = useMemo(() => orderDocumentRows(views, fromIndex, toIndex), [views, fromIndex, toIndex]);
  const rows = useMemo(() => buildDocumentRows(pairs, expanded), [pairs, expanded]);
  const chapters = useMemo(() => chapterDensities(pairs, fromIndex, toIndex), [pairs, fromIndex, toIndex]);
  // the server's priorities (@plandiff/compare section-moves.ts), never a second answer of the viewer's own
  const moves = comparison.sectionMoves ?? [];
  const toggle = (key: string) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const [listRef, scrollMargin] = useListScrollMargin();
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index].type === 'pair' ? 220 : 44),
    overscan: 6,
    scrollMargin,
    scrollPaddingStart: 56,
    getItemKey: (index) => rows[index].key,
  });
  // n / p step through the changes, as in the card list (not while typing in a field)
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      if (event.key !== 'n' && event.key !== 'p') return;
      const current = focusKey === null ? -1 : rows.findIndex((row) => row.key === focusKey);
      const index = stepToDocumentChange(rows, current, event.key === 'n' ? 1 : -1);
      if (index === null) return;
      event.preventDefault();
      setFocusKey(rows[index].key);
      virtualizer.scrollToIndex(index, { align: 'start' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rows, focusKey, virtualizer]);
  const jump = (chapter: string) => {
    const index = rows.findIndex((row) => row.chapter === chapter);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'start' });
  };
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <div className="document-mode">
      <aside className="doc-sidebar">
        <PrioritiesPanel moves={moves} />
        <nav className="doc-outline" aria-label={t('document.outlineAria')}>
          <h3>{t('document.outline')}</h3>
          {chapters.length === 0 ? <p className="muted">{t('document.noOutline')}</p> : null}
          <ol>
            {chapters.map((chapter) => (
              <li key={chapter.id} data-chapter={chapter.id}>
                <button type="button" className="outline-jump" onClick={() => jump(chapter.id)}>
                  <span className="outline-title">
                    {chapter.label}
                    {chapter.title}
                  </span>
                  <span className="density" aria-hidden="true">
                    <span className="density-bar" style={{ width: `${chapter.rows === 0 ? 0 : (100 * chapter.changes) / chapter.rows}%` }} />
                  </span>
                  <span className="density-count muted">{t('document.changesIn', { count: chapter.changes, formatted: number.format(chapter.changes) })}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </aside>
      <div
        className="doc-main"
        // on a phone the two columns read one above the other: each cell is marked with its year (styles.css)
        style={{ '--year-a': JSON.stringify(String(fromYear ?? t('common.yearA'))), '--year-b': JSON.stringify(String(toYear ?? t('common.newNotice'))) } as CSSProperties}
      >
        <div className="doc-columns" aria-hidden="true">
          <div className="doc-cell">{fromYear ?? t('common.yearA')}</div>
          <div className="doc-cell">{toYear ?? t('common.newNotice')}</div>
        </div>
        <div ref={listRef} className="doc-list" role="list" aria-label={t('document.aria')} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="doc-slot"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <RowView row={rows[item.index]} onToggle={toggle} words={words} focused={rows[item.index].key === focusKey} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
