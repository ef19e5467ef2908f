import { childElements, childValue, firstChild, type XmlElement } from './xml.js';

/** What a paragraph style gives its paragraphs (ECMA-376 Part 1 §17.7.4, inherited through `w:basedOn`). */
export interface ParagraphStyle {
  /** numbering from the style's `w:numPr` (§17.9.23), or null */
  numbering: { numId: string; level: number } | null;
  /** heading level 1–9 from `w:outlineLvl` (0-based in the XML) or a built-in heading name, or null */
  heading: number | null;
}

/** The paragraph styles of `word/styles.xml` by style id, inheritance resolved. */
export function readParagraphStyles(root: XmlElement | null): Map<string, ParagraphStyle> {
  const raw = new Map<string, { basedOn: string | null; numbering: ParagraphStyle['numbering'] | undefined; heading: number | null | undefined }>();
  if (root) {
    for (const style of childElements(root, 'w:style')) {
      if ((style.getAttribute('w:type') || 'paragraph') !== 'paragraph') continue;
      const id = style.getAttribute('w:styleId') ?? '';
      const properties = firstChild(style, 'w:pPr');
      raw.set(id, {
        basedOn: childValue(style, 'w:basedOn'),
        numbering: readNumberingProperty(properties),
        heading: headingOf(childValue(style, 'w:name'), childValue(properties, 'w:outlineLvl')),
      });
    }
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const known = resolved.get(id);
    if (known) return known;
    const style = raw.get(id);
    if (!style) return { numbering: null, heading: null };
    const parent = style.basedOn && depth < 20 ? resolve(style.basedOn, depth + 1) : { numbering: null, heading: null };
    const result: ParagraphStyle = {
      numbering: style.numbering === undefined ? parent.numbering : style.numbering,
      heading: style.heading === undefined ? parent.heading : style.heading,
    };
    resolved.set(id, result);
    return result;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return resolved;
}

/**
 * `w:numPr` of a paragraph's or a style's properties: undefined when absent (inherit), null when it removes the
 * numbering (`w:numId w:val="0"`), else numId and level.
 */
export function readNumberingProperty(properties: XmlElement | null): ParagraphStyle['numbering'] | undefined {
  const numPr = firstChild(properties, 'w:numPr');
  if (!numPr) return undefined;
  const numId = childValue(numPr, 'w:numId');
  if (numId === null) return undefined;
  if (numId === '0') return null;
  return { numId, level: Number(childValue(numPr, 'w:ilvl') ?? 0) };
}

/**
 * The heading level of a style: its `w:outlineLvl` (0 → 1), else a built-in heading name (`heading 1`, WPS's
 * `标题 1`); undefined when the style says nothing (inherit), null for body text (outline level 9).
 */
function headingOf(name: string | null, outlineLevel: string | null): number | null | undefined {
  if (outlineLevel !== null) {
    const level = Number(outlineLevel);
    return level >= 0 && level < 9 ? level + 1 : null;
  }
  const named = /^(?:heading|标题)\s*([1-9])$/i.exec(name ?? '');
  if (named) return Number(named[1]);
  return undefined;
}
