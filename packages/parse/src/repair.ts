import type { Warning } from '@plandiff/model';
import type { ExtractedDocument, RepairedDocument, Segment } from './blocks.js';

/** Tag names whose remnants occur in scraped copies (`/p>`, `/strong>`, `br/>`, `a href=…>`). */
const TAG_NAMES = 'p|strong|td|th|tr|span|font|div|br|a|b|i|u|em|li|ul|ol|h[1-6]|table|tbody|thead|img|section|article|center|sup|sub';

/**
 * A tag that lost its `<`: a closing tag `/p>`, `br>` / `br/>`, or an opening tag with attributes
 * (`a href="…">`, bounded so the scan stays linear).
 */
const TAG_REMNANT = `(?:\\/(?:${TAG_NAMES})\\s*>|br\\s*\\/?>|(?:${TAG_NAMES})\\s[^<>\\n]{0,300}?>)`;

/** HTML character references that lost their `&` (`ldquo;`), with what they stand for. */
const ENTITIES: Record<string, string> = {
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', mdash: '—', ndash: '–', hellip: '…',
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', times: '×', deg: '°', permil: '‰', plusmn: '±',
  bull: '•', ge: '≥', le: '≤', yen: '¥', sup2: '²', sup3: '³',
};
const ENTITY_NAMES = Object.keys(ENTITIES).join('|');
/**
 * A character reference left in text: a named one that lost its `&` (`ldquo;`) or its `;` (`&nbsp` before a
 * non-letter, as browsers read the legacy names), or a numeric one (`&#12290;`, `&#xFF1A;`, `;` optional) that a
 * scraper or a double escape (`&amp;#12290;` decoded once) left undecoded.
 */
const ENTITY_REMNANT = `&?(?:${ENTITY_NAMES});|&(?:${ENTITY_NAMES})(?![A-Za-z;])|&#\\d{2,7};?|&#[xX][0-9A-Fa-f]{2,6};?`;

/**
 * One scan per line: (1) a character followed by a tag remnant, (2) a run of `?` (lost text),
 * (3) a tag remnant with nothing before it, (4) an entity remnant.
 */
const DAMAGE_PATTERN = new RegExp(`([^\\n])(${TAG_REMNANT})|(\\?+)|(${TAG_REMNANT})|(?<![A-Za-z])(${ENTITY_REMNANT})`, 'g');

/** The damage signature: tag or entity remnants anywhere, or `?` between Chinese characters. */
const SIGNATURE_REMNANT = new RegExp(`[^\\n](?:\\/(?:${TAG_NAMES})>)|(?<![A-Za-z])(?:ldquo|rdquo|middot);`);
const SIGNATURE_QUESTION = /[\u4e00-\u9fff]\?+[\u4e00-\u9fff\d]/g;

/**
 * Stage 3: undoes the reversible damage of scraped copies and marks the irreversible damage
 * (corpus README, hubei-sthjt-gzyd). In a copy that shows the damage signature:
 * - a tag whose `<` was lost left the character before it lowered by one code point; it is raised
 *   back (`、/p>` → `。`, `目栆/p>` → `目标`, `要炸/strong>` → `要点`; a lowered full-width colon that was
 *   later folded to ASCII reads `9` and is raised to `:`, which normalise turns into `：`) and the
 *   remnant removed; where that character is `?` it was lost instead;
 * - entity remnants (`ldquo;`, `rdquo;`, `middot;` …) become their characters;
 * - every `?` marks lost text (usually one character plus the ASCII character after it) and becomes
 *   `□` (U+25A1), one per `?`.
 * In a clean copy (no signature) lines pass unchanged apart from entity remnants, and `?` is kept.
 * Input: {@link ExtractedDocument}. Output: {@link RepairedDocument} whose segments carry the damage;
 * a `DAMAGED_COPY` warning says how much was repaired and lost. Throws nothing.
 */
export function repair(doc: ExtractedDocument): RepairedDocument {
  const damaged = doc.lines.some((line) => hasDamageSignature(line)) ||
    doc.lines.reduce((n, line) => n + (line.match(SIGNATURE_QUESTION)?.length ?? 0), 0) >= 3;
  let repaired = 0;
  let lost = 0;
  const lines = doc.lines.map((line) => {
    const segments = repairLine(line, damaged);
    for (const s of segments) {
      if (s.damage?.kind === 'repaired') repaired++;
      if (s.damage?.kind === 'lost') lost += s.text.length;
    }
    return segments;
  });
  const warnings: Warning[] = [...doc.warnings];
  if (repaired + lost > 0) {
    warnings.push({
      code: 'DAMAGED_COPY',
      message: `the copy is damaged: ${repaired} places repaired, ${lost} lost characters marked □ (figures touching them are unknown)`,
      span: null,
    });
  }
  return { lines, siteMeta: doc.siteMeta, warnings };
}

function hasDamageSignature(line: string): boolean {
  return SIGNATURE_REMNANT.test(line);
}

/**
 * Repairs one line (see {@link repair}); `damaged` says whether the copy as a whole is damaged.
 * Output: segments whose concatenated text is the repaired line.
 */
export function repairLine(line: string, damaged: boolean): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const plain = (upTo: number) => {
    if (upTo > last) segments.push({ text: line.slice(last, upTo) });
  };
  DAMAGE_PATTERN.lastIndex = 0;
  for (let m = DAMAGE_PATTERN.exec(line); m !== null; m = DAMAGE_PATTERN.exec(line)) {
    const [whole, before, tag, questions, bareTag, entity] = m;
    if (!damaged && entity === undefined) {
      // a clean copy: `?` and `a href…>`-like text are the author's own
      DAMAGE_PATTERN.lastIndex = m.index + (questions ? questions.length : 1);
      continue;
    }
    plain(m.index);
    if (tag !== undefined) {
      if (before === '?') {
        segments.push({ text: '□', damage: { kind: 'lost', original: whole } });
      } else {
        const raised = String.fromCodePoint(before.codePointAt(0)! + 1);
        segments.push({ text: raised, damage: { kind: 'repaired', original: whole } });
      }
    } else if (questions !== undefined) {
      segments.push({ text: '□'.repeat(questions.length), damage: { kind: 'lost', original: questions } });
    } else if (bareTag !== undefined) {
      // nothing before the remnant to raise: drop the markup
    } else if (entity !== undefined) {
      const text = entityText(entity);
      if (text === null) {
        // a numeric reference to no character (&#0;, &#xD800;): leave it as found
        segments.push({ text: entity });
      } else {
        segments.push({ text, damage: { kind: 'repaired', original: entity } });
      }
    }
    last = m.index + whole.length;
  }
  plain(line.length);
  return segments;
}

/** The character a left-over reference stands for (named or numeric), or null for a code point that is no character. */
function entityText(entity: string): string | null {
  const numeric = /^&#(?:[xX]([0-9A-Fa-f]+)|(\d+));?$/.exec(entity);
  if (numeric) {
    const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
    if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[entity.replace(/^&/, '').replace(/;$/, '')];
}
