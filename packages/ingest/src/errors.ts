/**
 * Why a file cannot be read at all. A file that is read but holds no usable text (a scanned PDF) is not an error:
 * its reader returns a warning (`SCANNED_NO_TEXT`, severity "error") that parse's quality verdict makes `unusable`.
 */
export type IngestErrorCode =
  | 'EMPTY_FILE' // zero bytes, or only white space
  | 'OWNER_FILE' // Word/Excel's lock file (~$name.doc, 162 bytes): not the document
  | 'TRUNCATED' // a container cut short (damaged ZIP/OLE/PDF structure)
  | 'ENCRYPTED' // a password-protected PDF or Office file
  | 'UNSUPPORTED_FORMAT' // a format no reader exists for (e.g. .ofd, images)
  | 'TOO_LARGE' // a bound was hit (inflated size, pages, members, declared stream length)
  | 'NO_NOTICE_IN_BUNDLE' // a ZIP with no readable document
  | 'FETCH_FAILED' // a web address could not be fetched (status, timeout, too many redirects)
  | 'MALFORMED'; // the container opens but its content breaks its format (not XML, a DTD in an Office part)

/** Thrown by the ingest stage with a stable `code` and a message a person can act on. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
  }
}
