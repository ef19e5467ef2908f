import { describe, expect, it } from 'vitest';
import { characterBigrams, tokenise } from '../src/tokenise.js';
import { fixtureText } from './support/fixtures.js';

describe('tokenise', () => {
  it('keeps figures with unit and modifier whole (gov-work-report 2024 targets sentence)', () => {
    // 2024 report: "粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右"
    const toks = tokenise('粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，城镇调查失业率5.5%左右');
    const figures = toks.filter((t) => t.kind === 'figure').map((t) => t.text);
    expect(figures).toEqual(['1.3万亿斤以上', '2.5%左右', '5.5%左右']);
  });

  it('keeps policy terms that ICU would split (保卫战, 牵头单位, 高质量发展)', () => {
    // Hubei 2024 task 7: "持续深入打好蓝天保卫战" … "(牵头单位:大气处;…"
    const toks = tokenise('持续深入打好蓝天保卫战。(牵头单位:大气处)推动高质量发展').map((t) => t.text);
    expect(toks).toContain('蓝天保卫战');
    expect(toks).toContain('牵头单位');
    expect(toks).toContain('高质量发展');
  });

  it('segments Chinese into words, not characters', () => {
    const toks = tokenise('促进消费稳定增长').filter((t) => t.kind === 'word').map((t) => t.text);
    expect(toks.length).toBeLessThan('促进消费稳定增长'.length);
    expect(toks).toContain('消费');
  });

  it('concatenates back to the input exactly, on a whole real report', () => {
    const text = fixtureText('gov-work-report', 2025);
    expect(tokenise(text).map((t) => t.text).join('')).toBe(text);
  });

  it('handles empty input and text with no Chinese', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise('Public domain').map((t) => t.text).join('')).toBe('Public domain');
  });

  it('character bigrams never span punctuation or the lost-character mark', () => {
    expect(characterBigrams('蓝天，碧水□净土')).toEqual(['蓝天', '碧水', '净土']);
    expect(characterBigrams('')).toEqual([]);
  });
});
