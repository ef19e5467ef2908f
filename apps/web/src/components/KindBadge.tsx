import type { LinkKind } from '@plandiff/model';

/** What each link kind means, shown on hover of its badge and in the filter. */
export const KIND_MEANING: Record<LinkKind, string> = {
  unchanged: 'same task, same wording',
  changed: 'same task, wording or figures changed',
  moved: 'same task, now under a different section',
  added: 'only in year B',
  dropped: 'only in year A',
  split: 'one task of year A became several in year B',
  merged: 'several tasks of year A became one in year B',
  outside_excerpt: 'year A is an excerpt that does not reach this part of the plan',
};

/** Short reader-facing name of each link kind. */
export const KIND_LABEL: Record<LinkKind, string> = {
  unchanged: 'unchanged',
  changed: 'changed',
  moved: 'moved',
  added: 'added',
  dropped: 'dropped',
  split: 'split',
  merged: 'merged',
  outside_excerpt: 'outside excerpt',
};

/** A coloured badge naming a link's kind (added, dropped, changed, moved, …). */
export function KindBadge({ kind }: { kind: LinkKind }) {
  return (
    <span className={`badge badge-${kind}`} title={KIND_MEANING[kind]} data-kind={kind}>
      {KIND_LABEL[kind]}
    </span>
  );
}
