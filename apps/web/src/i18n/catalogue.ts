/**
 * Catalogues of the codes other parts of plandiff send: the API's problem codes (RFC 9457 `code` member, apps/api
 * src/problem.ts, the parser's refusals and the ingest readers' reasons) and the parser's warning codes
 * (packages/parse/src: `warnings[].code`, also the reasons of a quality verdict). Each code has one sentence per
 * language; the viewer shows the sentence of the reader's language, never the English `detail` on a Chinese page.
 * A code not listed falls back to the English detail (and the test over every warning code keeps the list whole).
 */
export interface CatalogueEntry {
  zh: string;
  en: string;
}

/** Problem codes of the API (kinds, the parser's refusals, the ingest readers' reasons). */
export const PROBLEM_CODES: Record<string, CatalogueEntry> = {
  // kinds (apps/api/src/problem.ts PROBLEM_KINDS)
  BAD_REQUEST: { zh: '请求有误，服务器无法处理。', en: 'The request was malformed.' },
  NOT_FOUND: { zh: '没有找到：此系列、年份或页面不存在。', en: 'Not found: no such series, year or page.' },
  METHOD_NOT_ALLOWED: { zh: '此地址不接受这种请求。', en: 'This address does not accept that request.' },
  BODY_TOO_LARGE: { zh: '文件太大：请只上传一份通知。', en: 'The file is too large: upload a single notice.' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的文件类型：请上传 PDF、Word、WPS、Excel、压缩包、文本或网页格式的通知。', en: 'Unsupported file type: upload the notice as PDF, Word, WPS, a spreadsheet, a ZIP bundle, text or a web page.' },
  HEADERS_TOO_LARGE: { zh: '请求头太大，服务器无法处理：请清除本站的 Cookie 后重试。', en: 'The request headers are too large: clear this site’s cookies and retry.' },
  HOST_NOT_ALLOWED: { zh: '服务器不接受以此地址访问（防止 DNS 重绑定）：请用服务器自己的地址打开，或设置 PLANDIFF_ALLOWED_HOSTS。', en: 'The server does not answer under this host name (against DNS rebinding): open it at its own address, or set PLANDIFF_ALLOWED_HOSTS.' },
  TOO_MANY_PARTS: { zh: '上传的表单分段太多：一次最多上传两份通知。', en: 'The upload has too many parts: send at most two notices at once.' },
  TOO_MANY_TASKS: { zh: '读出的任务超过上限（5000 项）：这不像一份计划，请只上传一份通知。', en: 'The notice reads as more tasks than one plan may have (5,000): upload a single plan.' },
  TOO_MANY_TARGETS: { zh: '读出的目标超过上限（5000 项）：这不像一份计划。', en: 'The notice reads as more targets than one plan may have (5,000).' },
  TASK_TOO_LONG: { zh: '有一项任务超过 2 万字：条目编号没有被读出，请检查原文的分段。', en: 'One task is over 20,000 characters: its items were not read; check the notice’s line breaks.' },
  ANSWER_TOO_LARGE: { zh: '结果太大，无法一次送出：请只上传一份通知。', en: 'The answer would be too large: upload a single notice.' },
  DEGENERATE_STRUCTURE: { zh: '结构异常：大部分条目只有编号没有内容，或一项任务占了全文大半。', en: 'Degenerate structure: most items are bare number labels, or one task holds most of the text.' },
  FORBIDDEN_ORIGIN: { zh: '来自其他网站的请求已被拒绝。', en: 'A request from another site was refused.' },
  NOT_A_PLAN_TEXT: { zh: '这不像一份工作计划：没有标题、没有章节，也几乎没有计划用语。', en: 'This does not read as a work plan: no title, no headings and hardly any words of a plan.' },
  OUTPUT_TOO_LARGE: { zh: '结果太大，无法一次送出：请只上传一份通知。', en: 'The answer would be too large: upload a single notice.' },
  BUSY: { zh: '服务器正忙（正在处理其他上传），请几秒后再试。', en: 'The server is busy reading other uploads: retry in a few seconds.' },
  TIME_BUDGET: { zh: '处理超时：这份文件很可能不是工作计划（或服务器负载过高，请稍后再试）。', en: 'Processing took too long: this is most likely not a plan (or the server is overloaded: retry later).' },
  INTERNAL_ERROR: { zh: '服务器出错，错误已记录。', en: 'The server failed to answer; the error was logged.' },
  BROKEN_FIXTURE: { zh: '服务器上存储的这份文件已损坏，无法读取。', en: 'The stored file is broken and cannot be read.' },
  // the parser's refusals (packages/parse PlanParseErrorCode)
  EMPTY: { zh: '文件是空的：请提供含通知全文的文件。', en: 'The notice is empty: pass the file with the notice text.' },
  BINARY: { zh: '这不是可读取的文档（不是 PDF、Word、Excel、压缩包、网页或文本）：请上传通知原文件。', en: 'This is not a readable document (not PDF, Word, a spreadsheet, ZIP, a web page or text): upload the notice’s own file.' },
  UNDECODABLE: { zh: '无法识别文件的编码（已尝试 UTF-8、GB18030）：请另存为 UTF-8。', en: 'The encoding cannot be read (tried UTF-8 and GB18030): re-save it as UTF-8.' },
  NOT_A_PLAN: { zh: '文件中几乎没有中文正文（去掉网站文字后不足 20 个汉字）：请提供通知本身。', en: 'The input has almost no Chinese text (under 20 characters after removing site text): pass the notice itself.' },
  TOO_LARGE: { zh: '文件太大：请只上传一份通知，而不是合集。', en: 'The file is too large: pass a single notice, not a collection.' },
  // the ingest readers' reasons (packages/ingest: PDF, Word, spreadsheets, ZIP)
  OWNER_FILE: { zh: '这是 Office 打开文档时留下的临时文件（~$ 开头），不是文档本身：请上传原文件。', en: 'This is an Office lock file (~$…), not the document: upload the document itself.' },
  ENCRYPTED: { zh: '文件已加密或设有密码，无法读取：请上传未加密的副本。', en: 'The file is encrypted or password-protected: upload an unprotected copy.' },
  SCANNED_NO_TEXT: { zh: '这是扫描件（只有图像，没有文字层）：请先做文字识别（OCR）再上传文字。', en: 'This is a scan (images only, no text layer): run OCR first and upload the text.' },
  TRUNCATED: { zh: '文件不完整（下载中断或已截断）：请重新下载后再上传。', en: 'The file is incomplete (cut off): download it again and upload the whole file.' },
  EMPTY_FILE: { zh: '文件是空的（0 字节或只有空白）：请重新下载通知。', en: 'The file is empty (no bytes, or only white space): download the notice again.' },
  MALFORMED: { zh: '文件内部结构异常（含实体声明等），为安全起见不予读取：请用 Word/WPS 重新另存。', en: 'The file’s structure is malformed (entity declarations …) and is not read, for safety: save it again from Word/WPS.' },
  NO_NOTICE_IN_BUNDLE: { zh: '压缩包里没有可读取的文档：请直接上传通知文件。', en: 'The ZIP bundle holds no readable document: upload the notice itself.' },
  FETCH_FAILED: { zh: '无法获取该网址：请检查地址，或下载后上传文件。', en: 'The address could not be fetched: check it, or download the file and upload it.' },
  UNSUPPORTED_FORMAT: { zh: '不支持这种文件格式：请上传 PDF、Word、Excel、文本或网页文件。', en: 'This file format is not supported: upload a PDF, Word, spreadsheet, text or web page file.' },
};

/** Warning codes of the parser (packages/parse/src), also the reasons of a quality verdict. */
export const WARNING_CODES: Record<string, CatalogueEntry> = {
  HARD_WRAPPED_TEXT: { zh: '文本按固定宽度断行（如从 PDF 复制）：已把各行接回段落，并去掉了页码。', en: 'The text is cut into fixed-width lines (as text taken from a PDF is): lines joined back into paragraphs, page numbers removed.' },
  PAGE_FURNITURE_REMOVED: { zh: '已去掉分页处重复出现的页眉或页脚。', en: 'Running headers or footers repeated at page breaks were removed.' },
  ONE_LINE_LAYOUT: { zh: '多个段落挤在一行（以全角空格隔开）：已按缩进重新分段。', en: 'Paragraphs were joined on one line by full-width spaces: cut back into paragraphs.' },
  RUN_ON_TEXT: { zh: '段落之间没有分隔：已在标题和条目前断开，但同一节的段落可能被读作一项任务。', en: 'Run-on lines with nothing between paragraphs: cut before headings and items, but one section’s paragraphs may read as one task.' },
  SITE_TEXT_REMOVED: { zh: '已去掉网页上通知以外的网站文字（导航、页眉、页脚等）。', en: 'The hosting site’s text around the notice (navigation, header, footer) was removed.' },
  CHARSET_MISMATCH: { zh: '网页声明的编码与实际不符：已按实际编码读取。', en: 'The page declares one charset but its bytes are another: read as the actual one.' },
  UNDECODABLE_BYTES: { zh: '部分字节无法按该编码解读，已替换为 �。', en: 'Some byte sequences are not valid in the encoding and became �.' },
  DOUBLE_DECODED: { zh: '文本曾被错误编码读取后再次保存（乱码）：已尽量修复，请获取按原编码保存的副本。', en: 'The text was decoded with the wrong charset and saved again: repaired where possible; get a copy saved in its own encoding.' },
  NO_OUTLINE: { zh: '没有找到章节标题（一、/（一）/ 1.）：全文被当作一段导言。', en: 'No headings (一、 / （一） / 1.) found: the whole text is one preamble.' },
  NOT_A_PLAN_TEXT: { zh: '没有标题、没有章节，计划用语（推进、加强、落实……）也很少：这不像一份工作计划。', en: 'No title, no headings and few words of a plan (推进/加强/落实 …): this does not read as a work plan.' },
  TOO_FEW_TASKS: { zh: '正文很长而任务很少：结构没有被读出。', en: 'Few tasks for the length of the text: its structure was not read.' },
  MOSTLY_DAMAGED: { zh: '大部分目标或大量文字缺损：其中的数字不可全信。', en: 'Most targets or many characters are damaged: its figures cannot be trusted.' },
  DAMAGED_COPY: { zh: '副本有缺损：可还原处已修复，缺失的字以 □ 标出（涉及的数字视为未知）。', en: 'The copy is damaged: places repaired, lost characters marked □ (figures touching them are unknown).' },
  TITLE_UNREADABLE: { zh: '标题行有缺损字（□）：标题留空。', en: 'The title line lost characters (□): title left empty.' },
  TITLE_ABSENT: { zh: '第一个章节前没有标题行（……工作要点 / ……工作报告 / ……的通知）。', en: 'No title line (…工作要点 / …工作报告 / …的通知) before the first heading.' },
  ISSUER_ABSENT: { zh: '没有找到发文机关。', en: 'No issuer found.' },
  DOC_NUMBER_UNREADABLE: { zh: '文号有缺损或不是文号格式（……〔年〕N号）：留空。', en: 'The document number is damaged or not one (…〔YYYY〕N号): left empty.' },
  DOC_NUMBER_ABSENT: { zh: '没有找到文号（……〔年〕N号）。', en: 'No document number (…〔YYYY〕N号) found.' },
  ISSUED_ON_UNREADABLE: { zh: '落款日期有缺损字（□）：成文日期留空。', en: 'The signature date lost characters (□): issue date left empty.' },
  ISSUED_ON_ABSENT: { zh: '第一个章节前没有成文日期（如 2024年2月5日）。', en: 'No issue date (such as 2024年2月5日) before the first heading.' },
  PUBLISHED_ON_UNREADABLE: { zh: '网站上的发布日期不是日期格式。', en: 'The site’s publication date is not a date.' },
  PUBLISHED_ON_ABSENT: { zh: '没有找到网站的发布日期。', en: 'No publication date (the site’s 发布日期) found.' },
  YEAR_MISMATCH: { zh: '给定的计划年份与通知中写的年份不一致：请核对年份。', en: 'The plan year given differs from the year the notice names: check the year.' },
  DEGENERATE_STRUCTURE: { zh: '结构异常：大部分条目只有编号没有内容，或一项任务占了全文大半。', en: 'Degenerate structure: most items are bare number labels, or one task holds most of the text.' },
  REPORT_OF_RESULTS: { zh: '这是一份成果报告（统计公报、工作总结等）：其中的数字是已取得的结果，不是目标。', en: 'This is a report of results (a statistical bulletin, a work summary …): its figures are results, not targets.' },
  SCANNED_NO_TEXT: { zh: '扫描件：页面只有图像，没有文字层，无法读取（不做文字识别猜测）。', en: 'A scan: pages are images with no text layer and cannot be read (no OCR guesses).' },
  UNMAPPED_GLYPHS: { zh: 'PDF 中有字形无法对应到文字，已以 □ 标出（涉及的数字视为未知）。', en: 'Some PDF glyphs map to no character: marked □ (figures touching them are unknown).' },
  HAS_REVISIONS: { zh: 'Word 文件含修订记录：已按接受修订后的当前文本读取。', en: 'The Word file has tracked changes: read as it now stands.' },
  LIST_NOT_PLAN: { zh: '这是一份名单或清单（如姓名、准考证号），不是任务分解表。', en: 'This is a list of people or items (names, exam numbers …), not a task table.' },
};

/** The sentence of a code in a language, or null when the code is not catalogued. */
export function catalogueText(table: Record<string, CatalogueEntry>, code: string | null | undefined, language: string): string | null {
  if (!code || !Object.hasOwn(table, code)) return null;
  return language === 'en' ? table[code].en : table[code].zh;
}
