import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useListScrollMargin } from './use-list-scroll-margin.js';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepToChange, type LinkView } from '../comparison/link-view.js';
import { LinkRow } from './LinkRow.js';

interface LinkListProps {
  views: LinkView[];
  fromYear: number | null;
  toYear: number | null;
  focusKey: string | null;
  onFocusChange: (key: string | null) => void;
  /** Words of the text filter, marked in the rows. */
  words: readonly string[];
  /** Plan page paths of year A and year B, for links from each task to its plan (null = none). */
  planPaths: { from: string | null; to: string | null };
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True when a key press goes into a text field (where n and p are letters, not commands). */
export function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * The aligned tasks, year A left and year B right, as a window-scrolled virtual list (only the rows near the
 * viewport are in the DOM, so a long comparison stays smooth). Keys n / p move to the next / previous change
 * (any link but unchanged) and give it the focus.
 */
export function LinkList({ views, fromYear, toYear, focusKey, onFocusChange, words, planPaths }: LinkListProps) {
  const { t } = useTranslation();
  const [listRef, scrollMargin] = useListScrollMargin();
  const [stickyHeight, setStickyHeight] = useState(0);
  const pendingFocus = useRef<string | null>(null);


  // The filter bar sticks to the top of the window (not on phones): a row scrolled to the top must land below it,
  // or n / p would bring a change into view with its header hidden under the bar.
  useLayoutEffect(() => {
    const bar = document.querySelector<HTMLElement>('.filters');
    if (!bar) return;
    const measure = () => {
      const height = getComputedStyle(bar).position === 'sticky' ? Math.ceil(bar.getBoundingClientRect().height) : 0;
      setStickyHeight((old) => (old === height ? old : height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: views.length,
    estimateSize: () => 180,
    overscan: 4,
    scrollMargin,
    // keep a little air between the sticky filter bar (or the window's top) and a row scrolled to
    scrollPaddingStart: stickyHeight + 8,
    getItemKey: (index) => views[index].key,
  });

  const focusRow = useCallback((key: string) => {
    const row = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    } else {
      pendingFocus.current = key;
    }
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      if (event.key !== 'n' && event.key !== 'p') return;
      const index = stepToChange(views, focusKey, event.key === 'n' ? 1 : -1);
      if (index === null) return;
      event.preventDefault();
      const key = views[index].key;
      onFocusChange(key);
      virtualizer.scrollToIndex(index, { align: 'start' });
      requestAnimationFrame(() => focusRow(key));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [views, focusKey, onFocusChange, virtualizer, focusRow]);

  // A row scrolled into view after n/p takes the focus once it is rendered.
  useEffect(() => {
    if (pendingFocus.current) focusRow(pendingFocus.current);
  });

  // Opening a shared URL with a focused link scrolls to it once.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!focusKey || scrolledTo.current === focusKey) return;
    const index = views.findIndex((view) => view.key === focusKey);
    if (index === -1) return;
    scrolledTo.current = focusKey;
    virtualizer.scrollToIndex(index, { align: 'start' });
  }, [focusKey, views, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={listRef} className="link-list" role="list" aria-label={t('app.alignedTasks')} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const view = views[item.index];
        return (
          <div
            key={item.key}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="link-slot"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <LinkRow
              view={view}
              fromYear={fromYear}
              toYear={toYear}
              focused={view.key === focusKey}
              onFocus={onFocusChange}
              words={words}
              planPaths={planPaths}
            />
          </div>
        );
      })}
    </div>
  );
}
