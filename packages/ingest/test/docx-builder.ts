import { strToU8, zipSync } from 'fflate';

/**
 * A minimal WordprocessingML package (ECMA-376 Part 1 §11.3; the parts Word needs to open it) built from XML
 * strings, for tests: `body` is the inside of `<w:body>`, `numbering` and `styles` the inside of their roots.
 */
export function makeDocx(parts: { body: string; numbering?: string; styles?: string; title?: string }): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
        `xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (parts.numbering !== undefined) {
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  }
  if (parts.styles !== undefined) {
    files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${parts.styles}</w:styles>`);
  }
  if (parts.title !== undefined) {
    files['docProps/core.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${parts.title}</dc:title></cp:coreProperties>`,
    );
  }
  return zipSync(files);
}

/** A paragraph: `<w:p>` with optional properties XML and one run per text. */
export function p(text: string | string[], properties = ''): string {
  const runs = (Array.isArray(text) ? text : [text]).map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
}

/** `<w:numPr>` for numbering instance `numId` at level `level`. */
export function numPr(numId: number, level = 0): string {
  return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** One `w:lvl` of an abstract numbering definition. */
export function lvl(level: number, format: string, text: string, start = 1): string {
  return `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
}

/**
 * A 公文 outline numbered the way Word's multilevel list does it: level 0 chineseCounting `%1、` (一、), level 1
 * chineseCounting `（%2）` (（一）), level 2 decimal `%3.` (1.), level 3 decimalEnclosedCircle `%4` (①).
 */
export const GONGWEN_NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}` +
  `${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimalEnclosedCircle', '%4')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
