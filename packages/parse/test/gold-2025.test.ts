import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFileText, provincialDocxDir, repoRoot } from './support/docx-text.js';

/**
 * Honesty checks of the gold of the 2025 provincial main targets (eval/gold/main-targets-2025.json, written by
 * reading the DOCX): every anchor and every target's quoted sentence occurs verbatim in the document's text, the
 * anchor stands before the targets in the same paragraph, and every metricKey is an indicator of indicators.json.
 */
interface GoldTarget {
  metric: string;
  metricKey: string | null;
  modifier: string;
  sentence: string;
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  text?: string;
}
interface GoldReport { file: string; anchor: string; targets: GoldTarget[] }

const gold = JSON.parse(readFileSync(join(repoRoot, 'packages/parse/eval/gold/main-targets-2025.json'), 'utf8')) as {
  about: string;
  source: string;
  reports: GoldReport[];
};
const indicators = JSON.parse(readFileSync(join(repoRoot, 'packages/parse/src/targets/indicators.json'), 'utf8')) as {
  indicators: { key: string }[];
};
const keys = new Set(indicators.indicators.map((i) => i.key));
const MODIFIERS = new Set(['about', 'at_least', 'at_most', 'exact', 'range', 'qualitative']);

const dir = provincialDocxDir();
if (!dir) console.warn('gold-2025: shared/corpus/provincial-gwr-2025-docx not found beside the repository (../shared) — DOCX checks skipped');

describe('gold of the 2025 provincial main targets: shape', () => {
  it('25 reports, 247 targets; fujian sets a GDP range 5.0%—5.5%, jilin writes full-width ％', () => {
    expect(gold.reports).toHaveLength(25);
    expect(gold.reports.reduce((n, r) => n + r.targets.length, 0)).toBe(247);
    const fujian = gold.reports.find((r) => r.file === 'fujian.docx')!.targets[0]!;
    expect([fujian.metricKey, fujian.modifier, fujian.low, fujian.high, fujian.sentence]).toEqual(['gdp_growth', 'range', 5, 5.5, '全省地区生产总值增长5.0%—5.5%']);
    const jilin = gold.reports.find((r) => r.file === 'jilin.docx')!.targets[0]!;
    expect([jilin.value, jilin.unit, jilin.sentence]).toEqual([5.5, '%', '地区生产总值增长5.5％左右']);
  });

  it('every metricKey is a key of indicators.json or null; every target is a figure, a range or words', () => {
    for (const r of gold.reports) {
      for (const t of r.targets) {
        const where = `${r.file}: ${t.sentence}`;
        if (t.metricKey !== null) expect(keys.has(t.metricKey), where).toBe(true);
        expect(MODIFIERS.has(t.modifier), where).toBe(true);
        if (t.modifier === 'qualitative') expect(t.text, where).toBeTruthy();
        else if (t.modifier === 'range') expect(t.low! < t.high!, where).toBe(true);
        else expect([typeof t.value, typeof t.unit], where).toEqual(['number', 'string']);
      }
    }
  });

  it('every report has a GDP growth target', () => {
    for (const r of gold.reports) expect(r.targets.some((t) => t.metricKey === 'gdp_growth'), r.file).toBe(true);
  });
});

describe.skipIf(!dir)('gold of the 2025 provincial main targets: verbatim in the DOCX', () => {
  const index = dir ? (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string }[]) : [];

  it('the gold names exactly the 25 files of index.json', () => {
    expect(gold.reports.map((r) => r.file).sort()).toEqual(index.map((e) => e.file).sort());
  });

  it('each anchor occurs once, and every target sentence lies between it and the end of its paragraph', () => {
    for (const r of gold.reports) {
      const text = docxFileText(dir!, r.file);
      const at = text.indexOf(r.anchor);
      expect([at >= 0, text.indexOf(r.anchor, at + 1)], `${r.file}: anchor ${r.anchor}`).toEqual([true, -1]);
      const end = text.indexOf('\n', at);
      const paragraph = text.slice(at, end === -1 ? undefined : end);
      for (const t of r.targets) expect(paragraph.includes(t.sentence), `${r.file}: ${t.sentence}`).toBe(true);
    }
  });
});
