import { describe, expect, it } from 'vitest';
import { parsePlan, PlanParseError } from '../src/index.js';
import { MAX_INPUT_SIZE } from '../src/decode.js';
import { fixtureBytes } from './fixture-files.js';

/** Calls parsePlan and returns the PlanParseError it throws (fails when it throws something else or nothing). */
function parseError(input: Uint8Array | string): PlanParseError {
  try {
    parsePlan(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanParseError);
    return error as PlanParseError;
  }
  throw new Error('parsePlan did not throw');
}

describe('unusable input throws PlanParseError with a one-line actionable message', () => {
  it('EMPTY: no bytes, an empty string, only whitespace', () => {
    for (const input of [new Uint8Array(0), '', ' \n\r\n\u3000\t ']) {
      const error = parseError(input);
      expect(error.code).toBe('EMPTY');
      expect(error.message).not.toContain('\n');
    }
  });

  it("BINARY: a PDF's bytes given to parsePlan, with advice to use parseNotice", () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
    const error = parseError(pdf);
    expect(error.code).toBe('BINARY');
    expect(error.message).toMatch(/PDF.*parseNotice/);
  });

  it('BINARY: a PNG and a DOCX (zip) header, and bytes with NULs', () => {
    expect(parseError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])).code).toBe('BINARY');
    expect(parseError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])).code).toBe('BINARY');
    expect(parseError(new Uint8Array([0xe4, 0xb8, 0x80, 0, 0, 0, 0xe4, 0xba, 0x8c])).code).toBe('BINARY');
  });

  it('BINARY: text full of control characters', () => {
    expect(parseError('\u0001\u0002\u0003一、\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011').code).toBe('BINARY');
  });

  it('NOT_A_PLAN: text without Chinese, e.g. an English page', () => {
    const error = parseError('<html><body><h1>Annual work plan</h1><p>1. Improve air quality by 5%.</p></body></html>');
    expect(error.code).toBe('NOT_A_PLAN');
    expect(error.message).toMatch(/Chinese/);
  });

  it('NOT_A_PLAN: a page that is all site chrome (breadcrumb, share line, footer)', () => {
    expect(parseError('当前位置：首页 > 政策法规\n扫描二维 分享好友和朋友圈\n法规中心 关于我们 广告业务 联系我们').code).toBe('NOT_A_PLAN');
  });

  it('TOO_LARGE: more than the size limit', () => {
    const error = parseError(new Uint8Array(MAX_INPUT_SIZE + 1).fill(0x61));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(String(MAX_INPUT_SIZE));
  });

  it('a few malformed bytes in a UTF-8 notice are decoded as U+FFFD and reported, not thrown', () => {
    const text = new TextDecoder().decode(fixtureBytes('npc-gwr-resolution', 2024));
    const bytes = new TextEncoder().encode(text);
    const damaged = new Uint8Array([...bytes.subarray(0, 30), 0xff, ...bytes.subarray(30)]);
    const plan = parsePlan(damaged);
    expect(plan.meta.encoding).toBe('utf-8');
    expect(plan.text).toContain('\uFFFD');
    expect(plan.warnings.find((w) => w.code === 'UNDECODABLE_BYTES')?.message).toMatch(/^1 byte sequences are not valid utf-8/);
  });

  it('a U+FFFD that the UTF-8 file itself contains is text, not a decoding failure', () => {
    const text = new TextDecoder().decode(fixtureBytes('npc-gwr-resolution', 2024)).slice(0, 60);
    const plan = parsePlan(new TextEncoder().encode(`${text}\uFFFD\uFFFD`));
    expect(plan.meta.encoding).toBe('utf-8');
    expect(plan.warnings.map((w) => w.code)).not.toContain('UNDECODABLE_BYTES');
  });

  it('UNDECODABLE: bytes that are neither UTF-8 nor GB18030 nor the charset chardet guesses (0xFF is invalid in all)', () => {
    const error = parseError(new Uint8Array(400).fill(0xff));
    expect(error.code).toBe('UNDECODABLE');
    expect(error.message).toMatch(/UTF-8/);
  });
});
