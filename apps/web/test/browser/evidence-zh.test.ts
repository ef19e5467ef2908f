/**
 * The Chinese comparison page shows no English evidence (issue #20): every card of the card list, and every evidence
 * line on it, of gov-work-report 2024 → 2025 and of the Hubei 2023 (excerpt) → 2024 comparison, read in zh-CN.
 * A card's own words are checked — badge, score, evidence, notes, side heads — not the plan text it quotes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Comparison } from '@plandiff/model';
import { useViewerSession } from './viewer-session.js';

const session = useViewerSession();

/** Latin words a zh-CN card may show: units and ids as the plans print them, never words of ours. */
const ALLOWED_LATIN = new Set(['PM', 'VOCs', 'GDP', 'CPI', 'AI', 'G', 'EOD', 'A', 'B']);
const latinWords = (text: string): string[] => (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word));

/**
 * Scrolls the window-scrolled virtual card list from top to bottom and returns, per card (data-key), its text without
 * the quoted plan text, and its evidence lines.
 */
async function readCards(page: Page): Promise<Map<string, { text: string; evidence: string[] }>> {
  const cards = new Map<string, { text: string; evidence: string[] }>();
  await page.locator('.link-row').first().waitFor();
  for (let step = 0; step < 400; step += 1) {
    await page.waitForTimeout(150);
    const seen = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.link-row')].map((row) => {
      const copy = row.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.task-text, .diff-text, .side-empty').forEach((node) => node.remove());
      return {
        key: row.dataset.key ?? '',
        text: copy.textContent ?? '',
        evidence: [...row.querySelectorAll('.evidence li')].map((li) => li.textContent ?? ''),
      };
    }));
    for (const card of seen) cards.set(card.key, { text: card.text, evidence: card.evidence });
    const done = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    if (done) break;
  }
  return cards;
}

describe.each([
  { name: 'gov-work-report 2024 → 2025', series: 'gov-work-report', from: 2024, to: 2025 },
  { name: 'Hubei 2023 (excerpt) → 2024', series: 'hubei-sthjt-gzyd', from: 2023, to: 2024 },
])('every card of $name in zh-CN', ({ series, from, to }) => {
  it('says its evidence and notes in Chinese: no Latin words beyond units and ids', async () => {
    const page = await session.open(`/series/${series}/compare?from=${from}&to=${to}&view=changes&review=1`);
    const cards = await readCards(page);
    // the card list: every link but the unchanged ones (review chapters shown)
    const response = await fetch(`${session.server.url}/api/series/${series}/compare?from=${from}&to=${to}`);
    const comparison = (await response.json()) as Comparison;
    expect(cards.size).toBe(comparison.links.filter((link) => link.kind !== 'unchanged').length);
    const lines = [...cards.values()].flatMap((card) => card.evidence);
    expect(lines.length).toBeGreaterThan(cards.size / 2);
    expect(lines.filter((line) => latinWords(line).length > 0)).toEqual([]);
    expect([...cards.values()].map((card) => card.text).filter((text) => latinWords(text).length > 0)).toEqual([]);
    await page.close();
  });
});
