import type { Plan } from '@plandiff/model';

/** The parser's warnings about a notice (problems in the input, recorded as data), with their codes. */
export function WarningList({ plan }: { plan: Plan }) {
  if (plan.warnings.length === 0) return <p className="muted">The parser raised no warning.</p>;
  return (
    <ul className="warnings" aria-label="Parser warnings">
      {plan.warnings.map((warning, i) => (
        <li key={i}>
          <code>{warning.code}</code> {warning.message}
          {warning.span ? (
            <q className="warning-excerpt">{plan.text.slice(warning.span[0], Math.min(warning.span[1], warning.span[0] + 80))}</q>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
