import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NoticeAtAddress } from '@plandiff/ingest';
import { UsageError } from './exit-codes.js';

/** What the add and parse commands may say about a web address. */
export interface AddressArgumentOptions {
  /** `--attachment N|name`: which of a cover page's attachments to read */
  attachment?: string;
  /** `--url`: for an address, the final URL is recorded instead; a different one is refused */
  url?: string;
  /** `--retrieved`: for an address, the day of the fetch is recorded unless given */
  retrieved?: string;
  notes?: string;
  /** `--encoding`: for an address, the HTTP charset is used unless given */
  encoding?: string;
}

/** A notice argument that is a web address (http or https) rather than a path. */
export function isNoticeAddress(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Seconds the CLI waits for one address (redirects, headers and body) before giving up. */
const FETCH_TIMEOUT_MS = 60_000;

/**
 * Lets `add` and `parse` take a web address where they take a file. A path passes straight to `run`. An address
 * is fetched (`readNoticeAddress`: bounds, ≤ 5 redirects, cover pages and their 附件, `--attachment`) into a
 * temporary file named as the notice (so `source.<ext>` keeps its format), and `run` gets that path with the
 * options completed: `url` = the final URL of the bytes, `retrieved` = the day of the fetch, `encoding` = the HTTP
 * charset (a file on disk has no header to carry it; `--encoding` still wins), `notes` saying which
 * attachment of which cover page was read and the cover's title, date and 文号. The file is removed afterwards.
 * Output: `run`'s result, and one line that says what was fetched (for the command to print first).
 * @throws UsageError for `--attachment` with a file, or a `--url` that differs from the address's final URL;
 *   IngestError (FETCH_FAILED, TOO_LARGE, UNSUPPORTED_FORMAT, NO_NOTICE_IN_BUNDLE) from the fetch; whatever `run` throws.
 */
export async function withNoticeAddress<O extends AddressArgumentOptions, T>(
  arg: string,
  options: O,
  run: (file: string, options: O, fetched: NoticeAtAddress | null) => T | Promise<T>,
): Promise<{ result: T; fetchedLine: string | null }> {
  if (!isNoticeAddress(arg)) {
    if (options.attachment !== undefined) throw new UsageError('--attachment applies to a web address (a cover page with 附件), not to a file');
    return { result: await run(arg, options, null), fetchedLine: null };
  }
  // loaded only for an address, so that a command on a file does not load the readers of every format
  const { readNoticeAddress } = await import('@plandiff/ingest');
  const fetched = await readNoticeAddress(arg, { timeoutMs: FETCH_TIMEOUT_MS, attachment: options.attachment });
  if (options.url !== undefined && options.url !== fetched.sourceUrl && options.url !== arg) {
    throw new UsageError(`--url ${options.url} differs from the address read (${fetched.sourceUrl}); leave --url out for an address`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'plandiff-address-'));
  try {
    const file = join(folder, fetched.fileName);
    writeFileSync(file, fetched.bytes);
    const completed: O = {
      ...options,
      url: fetched.sourceUrl,
      retrieved: options.retrieved ?? fetched.retrievedOn,
      notes: [options.notes, coverNote(fetched)].filter(Boolean).join(' ') || undefined,
      encoding: options.encoding ?? httpCharset(fetched.mediaType),
    };
    // awaited here, so that the temporary file outlives an asynchronous `run`
    return { result: await run(file, completed, fetched), fetchedLine: fetchedLine(fetched) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The `charset` parameter of a Content-Type (`text/html; charset=gbk` → gbk), or undefined. */
function httpCharset(mediaType: string | null): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(mediaType ?? '')?.[1].toLowerCase();
}

/** "Attachment 2 of 3 (name) of the cover page <url> (title; 2024-02-20; 鄂环发〔2024〕1号)", or null for a page read itself. */
function coverNote(fetched: NoticeAtAddress): string | null {
  if (!fetched.attachment || !fetched.coverUrl) return null;
  const hints = [fetched.hints?.title, fetched.hints?.date, fetched.hints?.docNumber].filter(Boolean).join('; ');
  return `Attachment ${fetched.attachment.index} of ${fetched.attachments.length} (${fetched.attachment.name}) of the cover page ${fetched.coverUrl}${hints ? ` (${hints})` : ''}.`;
}

function fetchedLine(fetched: NoticeAtAddress): string {
  const cover = coverNote(fetched);
  const others = fetched.attachments.length > 1 && fetched.attachment
    ? ` Other attachments (--attachment N): ${fetched.attachments.filter((a) => a !== fetched.attachment).map((a) => `${a.index}. ${a.name}`).join('; ')}.`
    : '';
  return `fetched ${fetched.sourceUrl} (${fetched.bytes.length} bytes, ${fetched.retrievedOn})${cover ? ` — ${cover}` : ''}${others}`;
}
