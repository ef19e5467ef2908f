import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNotice } from '../src/index.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

describe('the front door', () => {
  it('passes a text notice through as its own bytes, for parse to decode', async () => {
    const bytes = fixture('gov-work-report/2024/source.txt');
    const notice = await ingestNotice(bytes, { name: 'source.txt' });
    expect(notice.format).toBe('text');
    expect(notice.body).toEqual({ kind: 'bytes', bytes });
  });
});
