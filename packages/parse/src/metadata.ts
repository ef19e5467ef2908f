import type { Coverage, PlanMeta, Warning } from '@plandiff/model';
import type { SiteMeta, TextBlock } from './blocks.js';
import { chineseNumeralValue } from './numerals.js';

/** What metadata reading needs: the plan's opening lines, the site's table and what the caller knows. */
export interface MetadataInput {
  /** lines before the first heading (or the first lines when there is no heading) */
  preamble: TextBlock[];
  siteMeta: SiteMeta;
  encoding: string;
  sourceUrl: string | null;
  coverage: Coverage;
  year: number | null;
  /** the year a plan chapter's title names (`二、2025年经济社会发展总体要求…`), null when none does */
  headingYear: number | null;
}

/** The plan's own title: `[YYYY年]…工作要点 / 工作计划 / 政府工作报告 …` (or a resolution on one) on a line of its own. */
const PLAN_TITLE = /^(?:\d{4}年)?[^。，；：]{0,40}(?:工作要点|工作计划|工作报告|工作安排|工作任务)(?:的(?:决议|决定))?(?:（全文）|全文)?$/;
/** A report of results' own title (万载县2015年国民经济和社会发展统计公报, …计划执行情况的报告): a title too (kind.ts). */
const RESULTS_TITLE = /^[^。，；：>|]{0,40}(?:统计公报|状况公报|执行情况的报告|工作总结)$/;
/** A news site's `（全文）` / `全文` after the title: not part of it. */
const FULL_TEXT_SUFFIX = /(?:（全文）|全文)$/;
/** `——2025年3月5日在…会议上` or `（2024年1月10日在…会议上）`: the date a report was delivered. */
const REPORT_DATE_LINE = /^(?:[—-]*|（)\d{4}年\d{1,2}月\d{1,2}日在/;
/** A date in Chinese numerals, as some signatures write it: 二〇二五年三月五日 (or a year alone, 二〇二四年). */
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日)?/g;
/** `<body>关于…的决议`: the issuing body of a resolution. */
const RESOLUTION_ISSUER = /^(.{2,30}?)关于.{2,30}的(?:决议|决定)$/;
/** `第十四届全国人民代表大会第二次会议听取和审议了…`: the body adopting a resolution, in its opening sentence. */
const RESOLUTION_BODY = /^(第[一二三四五六七八九十]{1,4}届.{2,30}?会议)听取(?:和审议)?了/;
/** `同意报告提出的2024年经济社会发展的总体要求`: the plan year a resolution approves. */
const APPROVED_YEAR = /(?:同意|批准)(?:报告|计划)提出的(\d{4})年/;
/** `（2021年3月11日第十三届全国人民代表大会第四次会议通过）`: a resolution's adoption date. */
const ADOPTION_DATE = /^（(\d{4})年(\d{1,2})月(\d{1,2})日.{0,60}(?:通过|批准|发布)）$/;
/** The covering notice's title: `<issuer>关于印发<plan title>的通知`. */
const NOTICE_TITLE = /^(.{2,30}?)关于印发(.{2,60}?)的(?:通知|函)/;
/** A document number such as 鄂环发〔2024〕1号 (also with [], （） or 【】). */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔［[（【]\d{4}[〕］\]）】]\d{1,4}号/;
/** Something that was a document number before damage: `鄂环发□024□□`. */
const DAMAGED_DOC_NUMBER = /[\u4e00-\u9fff]{1,8}发[□〔\d]*□[□〔〕\d号]*/;
/** A date written out: 2024年2月5日. */
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
/**
 * A signature date line that lost characters: `2024□□□` — only digits, 年月日 and □, with at least one □.
 * (Tested as a character class plus `includes('□')`: `[…]*□[…]*$` backtracks quadratically on a long □ run.)
 */
const DATE_LINE_CHARS = /^[□\d年月日]*$/;
const isDamagedDateLine = (line: string) => line.includes('□') && DATE_LINE_CHARS.test(line);
/** `国务院总理` / `海拉尔区人民政府区长` — the issuing government on the speaker's line. */
const SPEAKER = /^(国务院|.{2,20}?人民政府)(?:总理|副总理|省长|市长|区长|县长|州长|旗长|主席)|我代表(国务院|[^，。]{1,20}?(?:人民)?政府)(?=[，。、向])/;
/** A government named without its place (我代表省人民政府): the place comes from the report's date line or title. */
const GENERIC_GOVERNMENT = /^(?:省|市|区|县|州|旗|自治区|自治州|自治县)(?:人民)?政府$/;
/** The place a report was delivered in: `——2026年1月20日在安徽省第十四届人民代表大会…`, or its title `某省2026年政府工作报告`. */
const REPORT_PLACE = /在(.{1,12}?(?:省|市|区|县|州|旗))第?[一二三四五六七八九十]{1,4}届|^(.{1,12}?(?:省|市|区|县|州|旗))\d{4}年(?:政府)?工作报告|^\d{4}年(.{1,12}?(?:省|市|区|县|州|旗))(?:人民)?政府工作报告/;
/**
 * A news organisation — never the issuer of a plan, however a page's 来源 line names it: 日报, 晚报, 报社,
 * 新华社, 电视台, 融媒体中心, …网 (Chinese press naming).
 */
const NEWS_ORGANISATION = /(?:日报|晚报|晨报|早报|时报|商报|法制报|报社|报业|报刊|新闻|新华社|通讯社|电视台|广播|融媒|传媒|客户端|杂志|周刊|在线|网)$/;

/**
 * Stage 8: the plan's metadata (DESIGN.md PlanMeta). Title: the plan's own title line, else the plan
 * named by a `…关于印发…的通知` line. Issuer: the site's 发布单位, else the notice title's issuer, else
 * the body adopting a resolution (…关于…的决议, or its opening 第…届…会议听取和审议了…), else the speaker line of a 政府工作报告
 * (国务院总理… / 我代表国务院 → 国务院; 我代表省人民政府 takes its place from the date line: 在安徽省第十四届… → 安徽省人民政府),
 * else the site's 来源 — unless that names a news organisation (来源：安徽日报: a newspaper is never the issuer). Document number: a
 * `…〔YYYY〕N号` in the preamble or the site table. Issued on: the notice's signature date or the date
 * line of a report (——2024年3月5日在…, （2024年1月10日在…）) or a resolution's adoption line (（2021年3月11日…通过）),
 * also in Chinese numerals (二〇二五年三月五日). Published on: the site's 发布日期. A title's `（全文）` is dropped.
 * A field that is damaged (□) or malformed is null with a `…_UNREADABLE` warning; one that is not
 * there is null with a `…_ABSENT` warning — never a guess. Dates are ISO `YYYY-MM-DD`.
 * Input: {@link MetadataInput}. Output: the meta, the plan year (caller's, else the title's, else the
 * issued-on year, else the year a plan chapter's title names, else the year a resolution approves:
 * 同意报告提出的2024年…) and warnings; a `YEAR_MISMATCH` warning
 * when the caller's year differs from the one the notice names. Throws nothing.
 */
export function metadata(input: MetadataInput): { meta: PlanMeta; year: number | null; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const { preamble, siteMeta } = input;

  let title: string | null = null;
  let damagedTitle: TextBlock | null = null;
  for (const block of preamble) {
    const compact = block.text;
    const candidate: string | null = PLAN_TITLE.test(compact) && !compact.includes('关于印发') ? compact.replace(FULL_TEXT_SUFFIX, '')
      : title === null && RESULTS_TITLE.test(compact) ? compact : NOTICE_TITLE.exec(compact)?.[2] ?? null;
    if (candidate === null) continue;
    if (candidate.includes('□')) {
      damagedTitle ??= block;
      continue;
    }
    if (title === null || (PLAN_TITLE.test(compact) && !compact.includes('关于印发'))) {
      title = candidate;
      if (PLAN_TITLE.test(compact)) break;
    }
  }
  if (title === null) {
    warnings.push(damagedTitle
      ? { code: 'TITLE_UNREADABLE', message: 'the title line lost characters (□): title left empty', span: [damagedTitle.start, damagedTitle.end] }
      : { code: 'TITLE_ABSENT', message: 'no title line (…工作要点 / …工作报告 / …关于印发…的通知) before the first heading', span: null });
  }

  const noticeIssuer = preamble.map((b) => NOTICE_TITLE.exec(b.text)?.[1]).find((x) => x !== undefined && !x.includes('□'));
  const speaker = preamble.map((b) => { const m = SPEAKER.exec(b.text); return m ? m[1] ?? m[2] : undefined; }).find((x) => x !== undefined);
  const siteIssuer = siteMeta.issuer && !/[?□]/.test(siteMeta.issuer) ? siteMeta.issuer : null;
  const resolutionIssuer = preamble.map((b) => RESOLUTION_ISSUER.exec(b.text)?.[1] ?? RESOLUTION_BODY.exec(b.text)?.[1]).find((x) => x !== undefined);
  const place = preamble.map((b) => { const m = REPORT_PLACE.exec(b.text); return m ? m[1] ?? m[2] ?? m[3] : undefined; }).find((x) => x !== undefined);
  const speakerIssuer = speaker !== undefined && GENERIC_GOVERNMENT.test(speaker)
    ? place !== undefined ? `${place}人民政府` : undefined
    : speaker;
  const siteSource = siteMeta.source !== null && !NEWS_ORGANISATION.test(siteMeta.source) ? siteMeta.source : null;
  const issuer = siteIssuer ?? noticeIssuer ?? resolutionIssuer ?? speakerIssuer ?? siteSource ?? null;
  if (issuer === null) warnings.push({ code: 'ISSUER_ABSENT', message: 'no issuer found (site table, notice title or speaker line)', span: null });

  let docNumber: string | null = null;
  let docNumberDamage: [number, number] | null = null;
  for (const block of preamble) {
    const found = DOC_NUMBER.exec(block.text);
    if (found) {
      docNumber = found[0];
      break;
    }
    const damaged = DAMAGED_DOC_NUMBER.exec(block.text);
    if (damaged && docNumberDamage === null) docNumberDamage = [block.start + damaged.index, block.start + damaged.index + damaged[0].length];
  }
  // the site table's 发布文号: 暂无 / 无 / - mean there is none
  const siteDocNumber = siteMeta.docNumber !== null && !/^(暂无|无|-+|—+|\/)$/.test(siteMeta.docNumber) ? siteMeta.docNumber : null;
  if (docNumber === null && siteDocNumber !== null) {
    const fromSite = DOC_NUMBER.exec(siteDocNumber);
    if (fromSite) docNumber = fromSite[0];
  }
  if (docNumber === null) {
    const siteDamaged = siteDocNumber !== null && /[?□]/.test(siteDocNumber);
    if (docNumberDamage !== null || siteDamaged) {
      warnings.push({ code: 'DOC_NUMBER_UNREADABLE', message: `the document number lost characters${siteDocNumber ? ` (site table reads "${siteDocNumber}")` : ''}: left empty`, span: docNumberDamage });
    } else if (siteDocNumber !== null) {
      warnings.push({ code: 'DOC_NUMBER_UNREADABLE', message: `the site table's 发布文号 "${siteDocNumber}" is not a document number (…〔YYYY〕N号): left empty`, span: null });
    } else {
      warnings.push({ code: 'DOC_NUMBER_ABSENT', message: 'no document number (…〔YYYY〕N号) found', span: null });
    }
  }

  let issuedOn: string | null = null;
  let issuedOnDamage: [number, number] | null = null;
  for (const block of preamble) {
    const text = arabicDates(block.text);
    const date = DATE.exec(text);
    const standalone = date && date[0].length === text.length;
    const reportDate = date && REPORT_DATE_LINE.test(text);
    if (date && (standalone || reportDate)) {
      issuedOn = isoDate(date[1], date[2], date[3]);
      if (issuedOn !== null) break;
    }
    const adopted = ADOPTION_DATE.exec(text);
    if (adopted) {
      issuedOn = isoDate(adopted[1], adopted[2], adopted[3]);
      if (issuedOn !== null) break;
    }
    if (isDamagedDateLine(block.text) && issuedOnDamage === null) issuedOnDamage = [block.start, block.end];
  }
  if (issuedOn === null) {
    warnings.push(issuedOnDamage !== null
      ? { code: 'ISSUED_ON_UNREADABLE', message: 'the signature date lost characters (□): issue date left empty', span: issuedOnDamage }
      : { code: 'ISSUED_ON_ABSENT', message: 'no issue date (a date line such as 2024年2月5日) found before the first heading', span: null });
  }

  let publishedOn: string | null = null;
  if (siteMeta.publishedOn !== null) {
    const [y, m, d] = siteMeta.publishedOn.split('-');
    publishedOn = isoDate(y, m, d);
    if (publishedOn === null) warnings.push({ code: 'PUBLISHED_ON_UNREADABLE', message: `the site's 发布日期 "${siteMeta.publishedOn}" is not a date`, span: null });
  } else {
    warnings.push({ code: 'PUBLISHED_ON_ABSENT', message: 'no publication date (the hosting site\'s 发布日期) found', span: null });
  }

  const titleYear = title ? /(\d{4})年/.exec(arabicDates(title))?.[1] : undefined;
  const approvedYear = preamble.map((b) => APPROVED_YEAR.exec(b.text)?.[1]).find((x) => x !== undefined);
  const noticeYear = titleYear ? Number(titleYear) : issuedOn ? Number(issuedOn.slice(0, 4)) : input.headingYear ?? (approvedYear ? Number(approvedYear) : null);
  const year = input.year ?? noticeYear;
  if (input.year !== null && noticeYear !== null && noticeYear !== input.year) {
    const source = titleYear ? `its title "${title}"` : issuedOn ? `its date ${issuedOn}` : 'a plan chapter\'s title';
    warnings.push({ code: 'YEAR_MISMATCH', message: `the plan year given is ${input.year} but the notice names ${noticeYear} (${source}): check the year`, span: null });
  }
  return {
    meta: { title, issuer, docNumber, issuedOn, publishedOn, sourceUrl: input.sourceUrl, encoding: input.encoding, coverage: input.coverage },
    year,
    warnings,
  };
}

/**
 * Rewrites dates and years in Chinese numerals (二〇二五年三月五日, 二〇二四年十二月三十一日, 二〇二四年)
 * with Arabic digits (2025年3月5日, 2024年), so one pattern reads both. Other text is unchanged
 * (same length not guaranteed).
 */
function arabicDates(text: string): string {
  if (!text.includes('〇') && !text.includes('零')) return text;
  const digit = (c: string) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c));
  return text.replace(CHINESE_DATE, (whole, y: string, m: string | undefined, d: string | undefined) => {
    const year = `${[...y].map(digit).join('')}年`;
    if (m === undefined || d === undefined) return year;
    const month = chineseNumeralValue(m);
    const day = chineseNumeralValue(d);
    return month === null || day === null ? whole : `${year}${month}月${day}日`;
  });
}

/** `YYYY-MM-DD` for a real calendar date, else null. */
function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isInteger(y) || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
