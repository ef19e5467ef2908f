/**
 * The owner file Word (and Excel) writes beside a document while it is open: `~$name.doc` / `~$name.docx`
 * (the first two characters of the name replaced by `~$`), holding only who opened it, deleted when the
 * document is closed — people upload it by mistake when it is left behind (PRONOM fmt/473 "Microsoft Office
 * Owner File"; Microsoft KB 211632 "Description of how Word creates temporary files").
 *
 * Layout as Word writes it: 162 bytes (Excel: 165); byte 0 = the length n (1–53) of the user name, bytes
 * 1..n = the name in the ANSI code page, NUL up to offset 54; at 54 a 16-bit length and the name again in
 * UTF-16LE; the rest NUL (some versions pad with spaces). Nothing of the document is in it.
 */
export function isOwnerFile(bytes: Uint8Array): boolean {
  if (bytes.length < OWNER_FILE_MIN || bytes.length > OWNER_FILE_MAX) return false;
  const length = bytes[0] ?? 0;
  if (length < 1 || length > 53) return false;
  for (let index = 1; index <= length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x20 || byte === 0x7f) return false;
  }
  let padding = 0;
  for (let index = length + 1; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0 || byte === 0x20) padding += 1;
  }
  return padding >= (bytes.length - length - 1) / 2;
}

const OWNER_FILE_MIN = 162;
const OWNER_FILE_MAX = 165;

/** The user name recorded in an owner file (ANSI bytes read as Latin-1/ASCII; a GBK name may read garbled). */
export function ownerFileUser(bytes: Uint8Array): string {
  const length = bytes[0] ?? 0;
  return new TextDecoder('latin1').decode(bytes.subarray(1, 1 + length)).trim();
}

/** What to tell the person who uploaded an owner file: what it is and which file to upload instead. */
export function ownerFileMessage(bytes: Uint8Array, name: string | undefined): string {
  const document = name && name.startsWith('~$') ? name.slice(2) : null;
  const user = ownerFileUser(bytes);
  return (
    `${name ? `"${name}"` : 'this file'} is the lock file Word leaves beside an open document` +
    `${user ? ` (it only records that "${user}" had it open)` : ''}, not the document; ` +
    (document
      ? `upload the document itself, whose name ends in "${document}" (the first characters of its name were replaced by ~$)`
      : 'upload the document itself (the file of the same name without ~$ at the start)')
  );
}
