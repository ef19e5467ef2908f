import type { ReactNode } from 'react';

/** Empty state: says plainly that there is nothing to show, and why when known. */
export function EmptyNotice({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}
