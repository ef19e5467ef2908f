// One whole process that reads a PDF the way the CLI will: ingest (built dist) + parse (built dist), output to
// stdout. Used by pdf.bench.ts to time `node bench/pdf-process.mjs x.pdf` against `node -e 0` until the CLI takes
// PDFs. Needs `pnpm exec turbo run build --filter @plandiff/ingest --filter @plandiff/parse`.
import { readFileSync } from 'node:fs';
const { ingestNotice } = await import('../dist/index.js');
const { parsePlan } = await import('../../parse/dist/index.js');
const file = process.argv[2];
const notice = await ingestNotice(new Uint8Array(readFileSync(file)), { name: file });
const plan = notice.body.kind === 'html' ? parsePlan(notice.body.html, { fileName: 'x.html' }) : parsePlan(notice.body.bytes, { fileName: file });
process.stdout.write(`${plan.tasks.length} tasks\n`);
