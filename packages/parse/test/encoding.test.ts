import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { repairDoubleDecoding } from '../src/mojibake.js';
import { fixtureBytes } from './fixture-files.js';

/**
 * The encoding is decided as a browser decides it (BOM, transport charset, <meta> prescan of the whole <head>,
 * detection on the text), and text that was decoded with the wrong charset and saved again is found.
 */
const NOTICE = ['2024年全市生态环境工作要点', '一、深入打好蓝天保卫战', '1.完成3家钢铁企业超低排放改造。（牵头单位：市大气办）',
  '2.新增新能源公交车500辆以上。（牵头单位：市交通运输局）'].join('\n');
const page = (head: string) => `<html><head>${head}</head><body>${NOTICE.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;

describe('encoding decided like a browser', () => {
  it('a <meta charset> after 60 KB of inline script in <head> is found (WHATWG stops at 1024 bytes)', () => {
    const script = `<script>${'var menu = "nav-item";\n'.repeat(3000)}</script>`;
    const bytes = iconv.encode(page(`<title>要点</title>${script}<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), 'gbk');
    const plan = parsePlan(bytes, { fileName: 'notice.html' });
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.tasks.map((t) => t.assignments[0].lead[0])).toEqual(['市大气办', '市交通运输局']);
  });

  it('the transport charset (HTTP Content-Type, a multipart part, --encoding) wins over detection; a BOM wins over it', () => {
    const bytes = iconv.encode(page('<title>x</title>'), 'gbk');
    expect(parsePlan(bytes, { mediaType: 'text/html; charset="GB2312"' }).meta.encoding).toBe('gbk');
    expect(parsePlan(bytes, { charset: 'gbk', fileName: 'x.html' }).tasks).toHaveLength(2);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NOTICE)]);
    expect(parsePlan(withBom, { charset: 'gbk' }).meta.encoding).toBe('utf-8');
    // an unknown label is ignored, not an error
    expect(parsePlan(bytes, { charset: 'x-no-such-charset', fileName: 'x.html' }).meta.encoding).toMatch(/^(gbk|gb18030)$/);
  });

  it('the GBK fixture of Hailar parses as before behind 100 KB of ASCII script without any declaration', () => {
    const hailar = Buffer.from(fixtureBytes('hailar-gwr', 2013));
    const bytes = Buffer.concat([Buffer.from(`<html><head><script>${'x=1;\n'.repeat(25000)}</script></head><body><pre>`), hailar, Buffer.from('</pre></body></html>')]);
    const plan = parsePlan(bytes, { fileName: 'x.html', year: 2013 });
    expect(plan.meta.encoding).toBe('gb18030');
    expect(plan.text).toContain('海拉尔区');
  });
});

describe('double-decoded text (UTF-8 read as GBK and saved again)', () => {
  const mojibake = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');

  it('鍙戝睍 is 发展: runs that round-trip losslessly are repaired', () => {
    expect(mojibake('发展')).toBe('鍙戝睍');
    // even-length runs: every UTF-8 byte pairs into a GBK character
    const r = repairDoubleDecoding(`${mojibake('坚持高质量发展，')}2024${mojibake('推进环境治理')}\n${mojibake('完成任务')}`);
    expect(r.text).toBe('坚持高质量发展，2024推进环境治理\n完成任务');
    expect(r.repairedRuns).toBe(3);
    // an odd run loses its last character to U+FFFD: that run stays as it is (no guess)
    expect(repairDoubleDecoding(mojibake('坚持高质量发展')).text).toMatch(/\uFFFD$/);
  });

  it('ordinary Chinese text is never taken for double-decoded (the 16 fixtures)', () => {
    for (const [series, year] of [['gov-work-report', 2024], ['hubei-sthjt-gzyd', 2024], ['npc-gwr-resolution', 2022]] as const) {
      const text = new TextDecoder().decode(fixtureBytes(series, year));
      expect(repairDoubleDecoding(text)).toMatchObject({ repairedRuns: 0, lostRuns: 0 });
    }
  });

  it('a notice saved double-decoded is doubtful (DOUBLE_DECODED); the runs that round-trip read right, the others stay as found', () => {
    const text = mojibake(NOTICE);
    expect(text.split('\n')[1]).toMatch(/^涓€銆佹繁鍏ユ墦濂借摑澶/);
    const plan = parsePlan(text, {});
    expect(plan.quality).toEqual({ verdict: 'doubtful', reasons: ['DOUBLE_DECODED'] });
    expect(plan.warnings.find((w) => w.code === 'DOUBLE_DECODED')).toMatchObject({ severity: 'error', message: expect.stringMatching(/4 runs \(67 characters\) repaired/) });
    expect(plan.text).toContain('一、深入打好蓝天保卫战\n1.完成3家钢铁企业超低排放改造。（牵头单位：市大气办）');
    // the title's run ends in an odd byte (U+FFFD): not repaired, not guessed
    expect(plan.text.split('\n')[0]).toMatch(/^2024骞村叏甯傜敓鎬佺幆澧冨伐.*\uFFFD$/);
  });

  it('锟斤拷 (characters lost before the text was saved again) makes the plan doubtful', () => {
    const plan = parsePlan(NOTICE.replace('蓝天', '锟斤拷'), {});
    expect(plan.quality?.reasons).toContain('DOUBLE_DECODED');
    expect(plan.warnings.find((w) => w.code === 'DOUBLE_DECODED')?.message).toMatch(/1 锟斤拷 runs/);
  });
});
