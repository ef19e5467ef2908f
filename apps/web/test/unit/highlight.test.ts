import { describe, expect, it } from 'vitest';
import { highlightWords, searchWords } from '../../src/format/highlight.js';

// from the 2025 政府工作报告 (fixtures/gov-work-report/2025/source.txt)
const SENTENCE = '加快补上内需特别是消费短板，使内需成为拉动经济增长的主动力和稳定锚';

describe('text filter words and their marks', () => {
  it('splits the filter into words, without blanks or repeats', () => {
    expect(searchWords('  内需  消费 内需 ')).toEqual(['内需', '消费']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('marks every occurrence and keeps the text whole', () => {
    const pieces = highlightWords(SENTENCE, ['内需', '消费']);
    expect(pieces.filter((piece) => piece.hit).map((piece) => piece.text)).toEqual(['内需', '消费', '内需']);
    expect(pieces.map((piece) => piece.text).join('')).toBe(SENTENCE);
  });

  it('prefers the longer word where two overlap, ignores case, and takes regex characters literally', () => {
    expect(highlightWords('使内需成为拉动经济增长的主动力', ['内需', '内需成为']).filter((p) => p.hit).map((p) => p.text)).toEqual(['内需成为']);
    expect(highlightWords('细颗粒物（PM2.5）平均浓度', ['pm2.5']).filter((p) => p.hit).map((p) => p.text)).toEqual(['PM2.5']);
    expect(highlightWords('PM2x5', ['pm2.5'])).toEqual([{ text: 'PM2x5', hit: false }]);
    expect(highlightWords(SENTENCE, [])).toEqual([{ text: SENTENCE, hit: false }]);
  });
});
