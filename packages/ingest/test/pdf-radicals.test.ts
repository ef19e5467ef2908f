import { describe, expect, it } from 'vitest';
import { ideographsForRadicals } from '../src/pdf/glyphs.js';

describe('Kangxi radicals in a PDF text layer', () => {
  it('reads the chapter heading of the 2023 national report as printed by Chromium with Noto CJK as ideographs', () => {
    // what pdfjs gave for that PDF's first chapter heading: ⼀ U+2F00 and ⼯ U+2F2F for 一 and 工
    expect(ideographsForRadicals('⼀、过去⼀年和五年⼯作回顾')).toBe('一、过去一年和五年工作回顾');
    // full-width punctuation and other text are left alone (no NFKC on the whole line)
    expect(ideographsForRadicals('增长5%左右，（一）')).toBe('增长5%左右，（一）');
  });
});
