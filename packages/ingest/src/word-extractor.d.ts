// The part of word-extractor 1.0.4's API (lib/word.js, lib/document.js) that the DOC/WPS reader uses; the package
// ships no type declarations.
declare module 'word-extractor' {
  interface WordDocument {
    /** the main text; paragraphs end with \n, table cells with \t (a row's end adds another \t) */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
