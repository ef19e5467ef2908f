import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNotice } from '../src/index.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

describe('the front door', () => {
  it('passes an HTML notice through as its own bytes, for parse to decode', async () => {
    const bytes = fixture('hubei-sthjt-gzyd/2024/source.html');
    const notice = await ingestNotice(bytes, { name: 'source.html' });
    expect(notice.format).toBe('html');
    expect(notice.body).toEqual({ kind: 'bytes', bytes });
  });
});
