#!/usr/bin/env node
// Remakes the committed PDF / DOCX / HTML test data of packages/ingest (see PROVENANCE.md here).
// Needs (not in CI): /usr/bin/chromium + fonts-arphic-uming (宋体-like body) + fonts-wqy-microhei (黑体-like headings), LibreOffice (soffice), qpdf, poppler-utils (pdftoppm),
// Run from the repository root:  node packages/ingest/test/pdf-data/make-test-files.mjs
// The texts are the normalised `text` of committed fixtures' plan.json (real notices), laid out as a printed
// government document: a title in 黑体, body in 宋体 with a two-character first-line indent, a running header
// from page 2 on and page numbers `— N —` at the foot.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { zipSync, strToU8 } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const out = here;
const work = join(tmpdir(), 'plandiff-pdf-data');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** the fixed invariance sample (issue #18 point 8): the seed, two national reports, three provincial reports */
export const SAMPLE = [
  'hubei-sthjt-gzyd/2024',
  'gov-work-report/2024',
  'gov-work-report/2025',
  'gwr-anhui/2026',
  'gwr-beijing/2026',
  'gwr-hebei/2026',
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分])/;

function planOf(fixture) {
  const plan = JSON.parse(readFileSync(join(root, 'fixtures', fixture, 'plan.json'), 'utf8'));
  const lines = plan.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const title = plan.meta?.title ?? lines[0];
  return { plan, lines, title };
}

/** digits (and a decimal point) set in another font, with the gap WPS leaves around them */
const wpsDigits = (s) => s.replace(/[0-9][0-9.]*/g, (d) => `<span class="d">${d}</span>`);

/**
 * The body face (AR PL UMing, a 宋体-like Ming face) split by Unicode range over three faces of its collection:
 * Chromium's PDF writer embeds a whole font (10 MB) once a subset passes about 900 glyphs, so each face stays
 * under that. The range boundaries fall inside runs of Han characters, so a line's text changes font mid-word
 * as in WPS-made PDFs.
 */
const SONG = `@font-face { font-family: Song; src: local('AR PL UMing TW MBE'); unicode-range: U+0000-5FFF; }
@font-face { font-family: Song; src: local('AR PL UMing TW'); unicode-range: U+6000-7FFF; }
@font-face { font-family: Song; src: local('AR PL UMing HK'); unicode-range: U+8000-FFFF; }`;

function printHtml(fixture, { header = true, digits = false } = {}) {
  const { lines, title } = planOf(fixture);
  const first = lines[0] === title ? lines.slice(1) : lines;
  const body = first
    .map((line) => {
      const text = digits ? wpsDigits(esc(line)) : esc(line);
      return HEADING.test(line) && line.length < 40 ? `<p class="h">${text}</p>` : `<p>${text}</p>`;
    })
    .join('\n');
  const running = header ? `@top-center { content: "${esc(title)}"; font: 10.5pt Song; color: #333; }` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>${SONG}
@page { size: A4; margin: 30mm 26mm 28mm 26mm; ${running}
  @bottom-center { content: "— " counter(page) " —"; font: 14pt Song; } }
@page :first { @top-center { content: none; } }
body { font: 16pt/1.8 Song, serif; margin: 0; }
h1 { font: 22pt/1.6 'WenQuanYi Micro Hei', sans-serif; text-align: center; margin: 0 0 1em; }
p.h { font-family: 'WenQuanYi Micro Hei', sans-serif; }
p { text-indent: 2em; margin: 0; text-align: justify; }
.d { font-family: 'DejaVu Serif', serif; padding: 0 0.22em; }
</style></head><body>
<h1>${esc(title)}</h1>
${body}
</body></html>`;
}

/** the notice as a plain web page (what parse reads today), one block per paragraph */
function plainHtml(fixture) {
  const { lines, title } = planOf(fixture);
  const first = lines[0] === title ? lines.slice(1) : lines;
  return `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n</head>\n<body>\n<h1>${esc(title)}</h1>\n${first
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n')}\n</body>\n</html>\n`;
}

/** the same page minified: one line, the title only in <title> and <h1> */
const minifiedHtml = (fixture) => plainHtml(fixture).replace(/\n/g, '');

// ── DOCX written directly (WordprocessingML), so that the paragraph properties are what Word and WPS write:
// a two-character first-line indent (w:ind firstLineChars), 宋体-like body, 黑体-like chapter headings, and — in the
// auto-numbered form — labels from numbering.xml instead of typed text. Left-aligned: LibreOffice 7.4 drops a
// comma that justified CJK text would hang at a line's end (奋楫前行，在 printed as 奋楫前行在), which no reader can undo.
const LEVELS = [
  { pattern: /^([一二三四五六七八九十]+)、/, format: 'chineseCounting', text: '%1、' },
  { pattern: /^（([一二三四五六七八九十]+)）/, format: 'chineseCounting', text: '（%2）' },
  { pattern: /^(\d+)[.．、]/, format: 'decimal', text: '%3.' },
];
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const xmlEsc = (s) => esc(s).replace(/"/g, '&quot;');
const run = (text, heading) =>
  `<w:r><w:rPr>${heading ? '<w:rFonts w:ascii="WenQuanYi Micro Hei" w:hAnsi="WenQuanYi Micro Hei" w:eastAsia="WenQuanYi Micro Hei"/>' : ''}</w:rPr><w:t xml:space="preserve">${xmlEsc(text)}</w:t></w:r>`;

function makeDocx(fixture, { auto }) {
  const { lines, title } = planOf(fixture);
  const first = lines[0] === title ? lines.slice(1) : lines;
  const counters = [0, 0, 0];
  const paragraphs = first.map((line) => {
    const heading = HEADING.test(line) && line.length < 40;
    const level = LEVELS.findIndex((l) => l.pattern.test(line));
    if (auto && level >= 0) {
      // Word's counters: a numbered paragraph of level n counts n up and restarts the levels under it
      const next = counters[level] + 1;
      const written = level === 2 ? String(next) : CHINESE[next];
      const typed = line.match(LEVELS[level].pattern)[1];
      if (written === typed) {
        counters[level] = next;
        for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
        const body = line.replace(LEVELS[level].pattern, '');
        return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>${run(body, heading)}</w:p>`;
      }
    }
    return `<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>${run(line, heading)}</w:p>`;
  });
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>${xmlEsc(title)}</w:t></w:r></w:p>
${paragraphs.join('\n')}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>
</w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="AR PL UMing CN" w:hAnsi="AR PL UMing CN" w:eastAsia="AR PL UMing CN"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="300" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="WenQuanYi Micro Hei" w:hAnsi="WenQuanYi Micro Hei" w:eastAsia="WenQuanYi Micro Hei"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
</w:styles>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
${LEVELS.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:suff w:val="nothing"/><w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`).join('\n')}
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    'word/document.xml': document,
    'word/styles.xml': styles,
    'word/numbering.xml': numbering,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlEsc(title)}</dc:title></cp:coreProperties>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

function chromiumPdf(html, name) {
  const src = join(work, `${name}.html`);
  writeFileSync(src, html);
  execFileSync('/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--no-first-run',
    '--disable-background-networking', `--print-to-pdf=${join(out, name + '.pdf')}`, `file://${src}`,
  ], { stdio: 'ignore' });
}

function soffice(args) {
  execFileSync('soffice', ['--headless', '--norestore', ...args], { stdio: 'ignore', cwd: work });
}

function size(name) {
  return `${name} ${Math.round(statSync(join(out, name)).size / 1024)} KB`;
}

const made = [];
// `node make-test-files.mjs docx libreoffice` remakes only the files whose names contain one of those words
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.some((word) => name.includes(word));
// 1. the printed reports of the invariance sample, and their HTML / minified HTML / LibreOffice forms
for (const fixture of SAMPLE) {
  const slug = fixture.replace('/', '-');
  if (want(`${slug}.chromium.pdf`)) {
    chromiumPdf(printHtml(fixture), `${slug}.chromium`);
    made.push(`${slug}.chromium.pdf`);
  }
  if (want(`${slug}.html`) || want(`${slug}.min.html`)) {
    writeFileSync(join(out, `${slug}.html`), plainHtml(fixture));
    writeFileSync(join(out, `${slug}.min.html`), minifiedHtml(fixture));
    made.push(`${slug}.html`, `${slug}.min.html`);
  }
  // DOCX with typed labels and with Word's automatic numbering; the typed one → PDF with LibreOffice
  if (want(`${slug}.typed.docx`) || want(`${slug}.numbered.docx`) || want(`${slug}.libreoffice.pdf`)) {
    writeFileSync(join(out, `${slug}.typed.docx`), makeDocx(fixture, { auto: false }));
    writeFileSync(join(out, `${slug}.numbered.docx`), makeDocx(fixture, { auto: true }));
    copyFileSync(join(out, `${slug}.typed.docx`), join(work, `${slug}.typed.docx`));
    soffice(['--convert-to', 'pdf', join(work, `${slug}.typed.docx`), '--outdir', work]);
    copyFileSync(join(work, `${slug}.typed.pdf`), join(out, `${slug}.libreoffice.pdf`));
    made.push(`${slug}.typed.docx`, `${slug}.numbered.docx`, `${slug}.libreoffice.pdf`);
  }
}

// 2. a WPS-style print: digits in another font with the gap that leaves (`2024 年`, `5 %`)
if (want('wps-digits')) {
  chromiumPdf(printHtml('gwr-hebei/2026', { digits: true }), 'gwr-hebei-2026.wps-digits');
  made.push('gwr-hebei-2026.wps-digits.pdf');
}

// 3. encrypted (user password "secret"), and a scan (the first two pages as images, no text layer)

if (want('scanned')) {
execFileSync('pdftoppm', ['-r', '60', '-gray', '-png', '-f', '1', '-l', '2', join(out, 'gwr-hebei-2026.chromium.pdf'), join(work, 'scan')]);
const img = (n) => `<img src="data:image/png;base64,${readFileSync(join(work, `scan-0${n}.png`)).toString('base64')}">`;
chromiumPdf(`<!doctype html><html><head><meta charset="utf-8"><style>@page { size: A4; margin: 0; } body { margin: 0; }
img { width: 210mm; height: 296mm; display: block; page-break-after: always; }</style></head><body>${img(1)}${img(2)}</body></html>`, 'scanned');
made.push('scanned.pdf');
}

// 4. two columns and a task table, each on a page of its own
// four long paragraphs of the 2026 Hebei report
const columnText = planOf('gwr-hebei/2026').lines.slice(7, 11);
if (want('two-columns')) chromiumPdf(`<!doctype html><html><head><meta charset="utf-8"><title>两栏排版</title><style>${SONG}
@page { size: A4; margin: 20mm; } body { font: 11pt/1.7 Song; margin: 0; }
h1 { font: 18pt 'WenQuanYi Micro Hei'; text-align: center; } .cols { column-count: 2; column-gap: 12mm; }
p { text-indent: 2em; margin: 0; text-align: justify; }
</style></head><body><h1>2026年河北省政府工作报告</h1><div class="cols">${columnText.map((l) => `<p>${esc(l)}</p>`).join('')}</div></body></html>`, 'two-columns');
if (want('two-columns')) made.push('two-columns.pdf');
if (want('task-table') || want('encrypted')) {
const rows = [
  ['1', '完成3家钢铁企业超低排放改造。', '市大气办', '2024年底前'],
  ['2', '新增新能源公交车500辆以上。', '市交通运输局', '2024年6月底前'],
  ['3', '城市黑臭水体消除比例达到80%。', '市生态环境局', '2024年底前'],
  ['4', '完成重点行业清洁生产审核20家。', '市发展改革委', '2024年9月底前'],
  ['5', '地级城市空气质量优良天数比例达到86%。', '市生态环境局', '2024年底前'],
];
chromiumPdf(`<!doctype html><html><head><meta charset="utf-8"><title>2024年全市生态环境工作要点</title><style>${SONG}
@page { size: A4; margin: 25mm; } body { font: 12pt/1.6 Song; margin: 0; }
h1 { font: 20pt 'WenQuanYi Micro Hei'; text-align: center; } p { text-indent: 2em; margin: 0; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 4px 6px; font-weight: normal; }
</style></head><body><h1>2024年全市生态环境工作要点</h1><p>一、深入打好蓝天保卫战</p><table>
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</table></body></html>`, 'task-table');
made.push('task-table.pdf');
execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', join(out, 'task-table.pdf'), join(out, 'encrypted.pdf')]);
made.push('encrypted.pdf');
}
if (want('unmapped')) {
  // the task table with its fonts' /ToUnicode maps removed: glyphs with no Unicode mapping
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(out, 'task-table.pdf'), join(work, 'u1.pdf')]);
  const qdf = readFileSync(join(work, 'u1.pdf')).toString('latin1').replace(/\/ToUnicode \d+ 0 R/g, '');
  writeFileSync(join(work, 'u2.pdf'), Buffer.from(qdf, 'latin1'));
  writeFileSync(join(work, 'u3.pdf'), execFileSync('fix-qdf', [join(work, 'u2.pdf')], { maxBuffer: 256 * 1024 * 1024 }));
  execFileSync('qpdf', ['--object-streams=generate', join(work, 'u3.pdf'), join(out, 'unmapped-glyphs.pdf')]);
  made.push('unmapped-glyphs.pdf');
}
if (want('landscape')) {
  // a landscape task table as WPS stores one: a portrait page whose content is drawn sideways, turned by /Rotate 90
  const rows = [
    ['1', '完成3家钢铁企业超低排放改造。', '市大气办', '市工业和信息化局', '2024年底前'],
    ['2', '新增新能源公交车500辆以上。', '市交通运输局', '市财政局', '2024年6月底前'],
    ['3', '城市黑臭水体消除比例达到80%。', '市生态环境局', '市住房城乡建设局', '2024年底前'],
    ['4', '完成重点行业清洁生产审核20家。', '市发展改革委', '市生态环境局', '2024年9月底前'],
  ];
  chromiumPdf(`<!doctype html><html><head><meta charset="utf-8"><title>重点任务分解表</title><style>${SONG}
@page { size: A4 landscape; margin: 20mm; } body { font: 12pt/1.6 Song; margin: 0; }
h1 { font: 20pt 'WenQuanYi Micro Hei'; text-align: center; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 4px 6px; font-weight: normal; }
</style></head><body><h1>2024年全市生态环境工作要点重点任务分解表</h1><table>
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</table></body></html>`, 'landscape-upright');
  execFileSync('qpdf', ['--rotate=270', join(out, 'landscape-upright.pdf'), join(work, 'l1.pdf')]);
  execFileSync('qpdf', ['--flatten-rotation', join(work, 'l1.pdf'), join(work, 'l2.pdf')]);
  execFileSync('qpdf', ['--rotate=90', join(work, 'l2.pdf'), join(out, 'landscape-rotated.pdf')]);
  rmSync(join(out, 'landscape-upright.pdf'));
  made.push('landscape-rotated.pdf');
}

for (const name of made) if (existsSync(join(out, name))) console.log(size(name));
