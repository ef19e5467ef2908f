import type { BlockOrigin, Section, Task } from '@plandiff/model';

/** A block of the ingest HTML with its origin and its text as compared ({@link comparable}). */
interface OriginBlock {
  origin: BlockOrigin;
  text: string;
}

/** Characters of a heading's title or a task's text used to find its block. */
const KEY_LENGTH = 12;

/** An opening tag that carries an origin attribute. */
const ORIGIN_TAG = /<[a-zA-Z][\w-]*\b[^<>]*\bdata-(?:page|paragraph|row)="[^"]*"[^<>]*>/g;

/**
 * The origins the ingest stage wrote on the blocks of its HTML (`data-page`, `data-paragraph`, `data-sheet` +
 * `data-row`; see `@plandiff/ingest` IngestedNotice), in document order: each tag with an origin owns the text up
 * to the next such tag (a `<table>` with one gives way to its `<tr>`s). One linear scan of the HTML the format
 * readers wrote (well-formed, flat), with tags dropped and the five XML entities and numeric references decoded.
 */
export function originBlocks(html: string): OriginBlock[] {
  const blocks: OriginBlock[] = [];
  const tags = [...html.matchAll(ORIGIN_TAG)];
  tags.forEach((tag, index) => {
    const attribute = (name: string) => new RegExp(`\\bdata-${name}="([^"]*)"`).exec(tag[0])?.[1];
    const origin = readOrigin(attribute('page'), attribute('paragraph'), attribute('sheet') === undefined ? undefined : decodeEntities(attribute('sheet')!), attribute('row'));
    const end = index + 1 < tags.length ? tags[index + 1].index : html.length;
    const text = decodeEntities(html.slice(tag.index + tag[0].length, end).replace(/<[^<>]*>/g, ' '));
    if (origin) blocks.push({ origin, text: comparable(text) });
  });
  return blocks;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal || hex) {
      const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp'];
  });
}

function readOrigin(page?: string, paragraph?: string, sheet?: string, row?: string): BlockOrigin | null {
  const number = (value: string | undefined) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  if (number(page)) return { page: number(page)! };
  if (number(paragraph)) return { paragraph: number(paragraph)! };
  if (sheet !== undefined && number(row)) return { sheet, row: number(row)! };
  return null;
}

/**
 * Sets `origin` on every section and task whose text is found in a block of the ingest HTML: the block that holds
 * the first {@link KEY_LENGTH} characters of a section's title (after its label) or of a task's text (after its
 * number) — or, for a task made from a table row (deadline moved first), characters from a third of the way in.
 * Blocks are searched in document order from the last match, so a repeated phrase finds the right one. Text is
 * compared after NFKC and without white space, as parse's normalise changes widths and spaces. Sections and tasks
 * not found keep no origin. Mutates and returns nothing.
 */
export function attachOrigins(blocks: OriginBlock[], sections: Section[], tasks: Task[]): void {
  if (blocks.length === 0) return;
  const items: { start: number; keys: string[]; set: (origin: BlockOrigin) => void }[] = [];
  const walk = (list: Section[]) => {
    for (const section of list) {
      if (section.role !== 'preamble' || section.title !== '') {
        items.push({ start: section.span[0], keys: keysOf(section.title), set: (origin) => (section.origin = origin) });
      }
      walk(section.children);
    }
  };
  walk(sections);
  for (const task of tasks) {
    const text = task.number && task.text.startsWith(task.number) ? task.text.slice(task.number.length) : task.text;
    items.push({ start: task.span[0], keys: keysOf(text.replace(/^[.、．)）\s]+/, '')), set: (origin) => (task.origin = origin) });
  }
  items.sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const item of items) {
    const found = findBlock(blocks, item.keys, cursor);
    if (found === -1) continue;
    item.set(blocks[found].origin);
    cursor = found;
  }
}

function keysOf(text: string): string[] {
  const whole = comparable(text);
  if (whole.length === 0) return [];
  const keys = [whole.slice(0, KEY_LENGTH)];
  if (whole.length > KEY_LENGTH * 3) keys.push(whole.slice(Math.floor(whole.length / 3), Math.floor(whole.length / 3) + KEY_LENGTH));
  return keys;
}

function findBlock(blocks: OriginBlock[], keys: string[], cursor: number): number {
  for (const key of keys) {
    for (let i = cursor; i < blocks.length; i++) if (blocks[i].text.includes(key)) return i;
  }
  for (const key of keys) {
    for (let i = 0; i < cursor; i++) if (blocks[i].text.includes(key)) return i;
  }
  return -1;
}

/** Text as compared: NFKC (full-width forms folded) without white space. */
function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
