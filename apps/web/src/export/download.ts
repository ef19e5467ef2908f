/** The byte-order mark that tells spreadsheet programs (Excel, Numbers) a CSV file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Prefixes CSV text with the UTF-8 byte-order mark unless it already starts with one, so that Chinese
 * opens intact in Excel. Input and output are strings (the BOM is U+FEFF, encoded EF BB BF in UTF-8).
 */
export function withBom(csv: string): string {
  return csv.startsWith(UTF8_BOM) ? csv : UTF8_BOM + csv;
}

/**
 * Saves text as a file through the browser's download: a Blob (UTF-8) behind a temporary object URL and a
 * clicked `<a download>`. Input: the file name, the text and its media type (e.g. `text/csv;charset=utf-8`).
 */
export function downloadText(fileName: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
