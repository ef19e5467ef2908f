import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Plan } from '@plandiff/model';
import { createApp } from '../src/app.js';

/**
 * The transport's charset decides the decoding (issue 9): the request's `Content-Type: text/html; charset=gbk` for a
 * raw body, a multipart part's own Content-Type for a file. Both reach the parser as the upload's media type
 * (ParseOptions.mediaType, whose charset parameter the parser's decode stage reads). Inputs: ../shared/cases,
 * copied into packages/parse/test/cases.
 */
const app = createApp({ webRoot: null });
const caseBytes = (name: string) => readFileSync(fileURLToPath(new URL(`../../../packages/parse/test/cases/${name}`, import.meta.url)));
const leads = (plan: Plan) => plan.tasks.filter((t) => t.number !== null).map((t) => t.assignments.flatMap((a) => a.lead));

describe('POST /api/parse reads the charset the request declares', () => {
  it('a GBK page without <meta>, posted as text/html; charset=gbk: gbk, 3 numbered tasks, 6 targets', async () => {
    const res = await app.request('/api/parse', { method: 'POST', headers: { 'Content-Type': 'text/html; charset=gbk' }, body: caseBytes('gbk-http-charset-only.html') });
    expect(res.status).toBe(200);
    const plan = Plan.parse(await res.json());
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.targets).toHaveLength(6);
    expect(leads(plan)).toEqual([['市大气办'], ['市交通运输局'], ['市生态环境局']]);
  });

  it('a multipart part declaring charset=gbk in its own headers', async () => {
    const gbk = caseBytes('gbk-http-charset-only.html');
    const head = Buffer.from('--B7\r\nContent-Disposition: form-data; name="file"; filename="notice.html"\r\nContent-Type: text/html; charset=GBK\r\n\r\n');
    const body = Buffer.concat([head, gbk, Buffer.from('\r\n--B7--\r\n')]);
    const res = await app.request('/api/parse', { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=B7' }, body });
    expect(res.status).toBe(200);
    expect(Plan.parse(await res.json()).meta.encoding).toBe('gbk');
  });

  it('multipart-nospace.bin (boundary without a space after the semicolon): 3 numbered tasks with their leads', async () => {
    const res = await app.request('/api/parse', {
      method: 'POST', headers: { 'Content-Type': 'multipart/form-data;boundary=PlanBoundary7MA4YWxk' }, body: caseBytes('multipart-nospace.bin'),
    });
    expect(res.status).toBe(200);
    expect(leads(Plan.parse(await res.json()))).toEqual([['市大气办'], ['市交通运输局'], ['市生态环境局']]);
  });
});
