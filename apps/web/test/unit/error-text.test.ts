import { createApp } from '@plandiff/api';
import { describe, expect, it } from 'vitest';
import { ApiError, problemFromResponse } from '../../src/api/api-error.js';
import { describeLoadError as describe_, isChunkLoadError } from '../../src/api/error-text.js';
import { i18n } from '../../src/i18n/i18n.js';

// these cases pin the English wording (lang=en); the Chinese default is checked at the end
const describeLoadError = (what: string, error: Error) => describe_(what, error, i18n.getFixedT('en'));

describe('describeLoadError', () => {
  it('says plainly that the server is not answering when fetch itself failed (status 0)', () => {
    // what the client throws when fetch rejects (src/api/client.ts)
    const down = new ApiError(0, 'The API could not be reached', 'Failed to fetch');
    const text = describeLoadError('the targets', down);
    expect(text.headline).toBe('Could not load the targets: the plandiff server is not answering.');
    expect(text.hint).toContain('pnpm --filter @plandiff/api start');
    expect(text.headline).not.toContain('HTTP');
  });

  it('treats a gateway 502/504 without a problem body (the dev proxy with the API down) the same way', () => {
    expect(describeLoadError('the series', new ApiError(502, 'Bad Gateway')).hint).not.toBeNull();
    expect(describeLoadError('the series', new ApiError(504, 'Gateway Timeout')).headline).toContain('not answering');
  });

  it('shows the status and the problem detail of a real API error (unknown series → 404)', async () => {
    const response = await createApp({ webRoot: null }).request('/api/series/no-such-series');
    const error = await problemFromResponse(response);
    const text = describeLoadError('series no-such-series', error);
    expect(text.headline).toBe('Could not load series no-such-series (HTTP 404).');
    expect(text.detail).toBe('Not found: no series no-such-series in fixtures');
    expect(text.hint).toBeNull();
  });

  it('uses the message of any other error', () => {
    expect(describeLoadError('the plan', new Error('“20x4” is not a year'))).toEqual({
      headline: 'Could not load the plan.',
      detail: '“20x4” is not a year',
      hint: null,
    });
  });
});

describe('isChunkLoadError', () => {
  it('recognises the browsers’ messages for a lazily loaded page that did not arrive', () => {
    // Chromium's message when the API (serving dist/assets) is down and the targets page is opened
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:8791/assets/TargetsPage-Cjyj47kk.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    // Vite's preload helper, when the page's stylesheet does not arrive first (seen with the server stopped)
    expect(isChunkLoadError(new Error('Unable to preload CSS for http://127.0.0.1:44893/assets/outcomes-BUUfFQU-.css'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('describeLoadError in the default language (zh-CN)', () => {
  it('says it in Chinese by default', () => {
    const down = new ApiError(0, 'The API could not be reached', 'Failed to fetch');
    expect(describe_('目标', down).headline).toBe('无法加载目标：plandiff 服务器没有响应。');
  });
});

describe('a problem code is said in the reader language', () => {
  // what POST /api/parse answers for a PDF (apps/api problem.ts + the parser's BINARY refusal)
  const pdf = new ApiError(
    415,
    'Unsupported media type',
    'the input is a PDF, not text: extract its text first (e.g. `pdftotext -enc UTF-8 file.pdf`)',
    'tag:plandiff,2026:problems/unsupported-media-type',
    'BINARY',
  );

  it('in Chinese: the catalogue sentence, with the command the detail names kept as code', () => {
    const text = describe_('一份计划', pdf, i18n.getFixedT('zh-CN'));
    expect(text.headline).toBe('无法加载一份计划（HTTP 415）。');
    expect(text.detail).toBe('这不是可读取的文档（不是 PDF、Word、Excel、压缩包、网页或文本）：请上传通知原文件。 `pdftotext -enc UTF-8 file.pdf`');
    expect(text.detail).not.toContain('Unsupported');
  });

  it('in English: the API detail as written', () => {
    expect(describeLoadError('a plan', pdf).detail).toBe(`Unsupported media type: ${pdf.detail}`);
  });

  it('a code the catalogue lacks falls back to the English detail rather than saying nothing', () => {
    const odd = new ApiError(418, 'Teapot', 'short and stout', null, 'NO_SUCH_CODE');
    expect(describe_('x', odd, i18n.getFixedT('zh-CN')).detail).toBe('Teapot: short and stout');
  });
});
