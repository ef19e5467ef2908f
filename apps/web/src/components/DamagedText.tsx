import type { Damage, Span } from '@plandiff/model';
import { explainDamage, splitByDamage } from '../plan/damage-marks.js';

/**
 * A span of plan text with its damage marked in place: lost characters (□) in a red box, repaired ones
 * dotted-underlined; each mark explains itself on hover and to screen readers (title + visually hidden text).
 */
export function DamagedText({ text, span, damage }: { text: string; span: Span; damage: readonly Damage[] }) {
  return (
    <p className="task-text">
      {splitByDamage(text, span, damage).map((piece) =>
        piece.damage === null ? (
          <span key={piece.start}>{piece.text}</span>
        ) : (
          <mark key={piece.start} className={`damage damage-${piece.damage.kind}`} title={explainDamage(piece.damage)}>
            {piece.text}
            <span className="visually-hidden"> ({explainDamage(piece.damage)})</span>
          </mark>
        ),
      )}
    </p>
  );
}
