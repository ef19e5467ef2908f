import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The distance in CSS pixels from the top of the document to the top of a window-virtualised list, kept up to date
 * as the page above it changes height (ResizeObserver on the body). Output: `[listRef, scrollMargin]`: put the ref
 * on the list's element and pass `scrollMargin` to `useWindowVirtualizer`. Changes under half a pixel are ignored so
 * that measuring does not re-render in a loop.
 */
export function useListScrollMargin(): [RefObject<HTMLDivElement | null>, number] {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0;
      setScrollMargin((old) => (Math.abs(old - top) > 0.5 ? top : old));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  return [listRef, scrollMargin];
}
