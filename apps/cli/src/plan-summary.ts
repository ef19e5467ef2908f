import type { Plan, Target } from '@plandiff/model';

const MODIFIER_TEXT: Record<Target['modifier'], string> = {
  about: '左右', at_least: '以上', at_most: '以内', exact: '', range: '', qualitative: '(定性)', none: '(不设目标)',
};

/** A target as one short line: `metric  value unit modifier [力争] [deadline]`, `□ damaged` when the figure is lost. */
export function formatTarget(t: Target): string {
  const figure = t.damaged
    ? '□ (damaged: figure lost in the source)'
    : t.modifier === 'range'
      ? `${t.low}–${t.high}${t.unit ?? ''}`
      : t.value === null
        ? MODIFIER_TEXT[t.modifier]
        : `${t.direction === 'decrease' ? '−' : ''}${t.value}${t.unit ?? ''}${MODIFIER_TEXT[t.modifier]}`;
  return [t.metric, figure, t.aspirational ? '(力争)' : '', t.deadline ?? ''].filter(Boolean).join('  ');
}

/**
 * A plain-text summary of a Plan for the terminal: title and meta, counts of sections, tasks, targets and
 * damage, the quality verdict when it is not ok, then (with `warnings`) every warning with its severity and code,
 * the routine `*_ABSENT` ones folded into one line.
 */
export function describePlan(plan: Plan, warnings = true): string {
  const m = plan.meta;
  const lines = [
    `${m.title ?? '(untitled)'}  [${plan.id}]`,
    `issuer ${m.issuer ?? '—'} · doc no. ${m.docNumber ?? '—'} · issued ${m.issuedOn ?? '—'} · published ${m.publishedOn ?? '—'} · encoding ${m.encoding} · coverage ${m.coverage}`,
    `${countSections(plan.sections)} sections, ${plan.tasks.length} tasks, ${plan.targets.length} targets, ${plan.results?.length ?? 0} results (${plan.kind ?? "plan"}), ${plan.damage.length} damaged places, ${plan.warnings.length} warnings`,
  ];
  if (plan.targets.length) {
    lines.push('targets:');
    for (const t of plan.targets) lines.push(`  ${formatTarget(t)}`);
  }
  if (plan.quality && plan.quality.verdict !== 'ok') lines.push(`quality ${plan.quality.verdict}: ${plan.quality.reasons.join(', ')}`);
  if (warnings && plan.warnings.length) {
    lines.push('warnings:');
    // the routine *_ABSENT notes (info) fold into one line: a notice without a document number is normal
    const absent = plan.warnings.filter((w) => w.code.endsWith('_ABSENT') && (w.severity ?? 'info') === 'info');
    for (const w of plan.warnings) {
      if (absent.includes(w)) continue;
      lines.push(`  ${w.severity ? `${w.severity} ` : ''}${w.code}: ${w.message}${w.span ? ` @${w.span[0]}` : ''}`);
    }
    if (absent.length > 0) lines.push(`  info not found in the notice: ${absent.map((w) => w.code.replace(/_ABSENT$/, '').toLowerCase().replace(/_/g, ' ')).join(', ')}`);
  }
  return lines.join('\n');
}

function countSections(sections: Plan['sections']): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}
