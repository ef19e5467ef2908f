import { useTranslation } from 'react-i18next';
import type { Damage, Span } from '@plandiff/model';
import type { ReactNode } from 'react';
import { explainDamage, splitByDamage } from '../plan/damage-marks.js';

interface DamagedTextProps {
  text: string;
  span: Span;
  damage: readonly Damage[];
  /** UTF-16 length of a lead sentence at the start of the span, shown bold (0 = none). */
  leadLength?: number;
  /** Shown before the text, e.g. the task number. */
  prefix?: ReactNode;
}

function Pieces({ text, span, damage }: { text: string; span: Span; damage: readonly Damage[] }) {
  const { t } = useTranslation();
  return (
    <>
      {splitByDamage(text, span, damage).map((piece) =>
        piece.damage === null ? (
          <span key={piece.start}>{piece.text}</span>
        ) : (
          <mark key={piece.start} className={`damage damage-${piece.damage.kind}`} title={explainDamage(piece.damage, t)}>
            {piece.text}
            <span className="visually-hidden"> ({explainDamage(piece.damage, t)})</span>
          </mark>
        ),
      )}
    </>
  );
}

/**
 * A span of plan text with its damage marked in place: lost characters (□) in a red box, repaired ones
 * dotted-underlined; each mark explains itself on hover and to screen readers (title + visually hidden text).
 * The lead sentence (first `leadLength` characters) is bold.
 */
export function DamagedText({ text, span, damage, leadLength = 0, prefix }: DamagedTextProps) {
  const split = Math.min(span[0] + Math.max(0, leadLength), span[1]);
  return (
    <p className="task-text">
      {prefix}
      {split > span[0] ? (
        <strong className="task-lead">
          <Pieces text={text} span={[span[0], split]} damage={damage} />
        </strong>
      ) : null}
      <Pieces text={text} span={[split, span[1]]} damage={damage} />
    </p>
  );
}
