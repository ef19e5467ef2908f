/** Reading a notice from a web address (issue #18 point 5): fetch under bounds, cover pages and their 附件. */
export { fetchNotice, DEFAULT_FETCH_OPTIONS } from './fetch-notice.js';
export type { FetchOptions, FetchedResource } from './fetch-notice.js';
export { readCoverPage, ATTACHMENT_EXTENSIONS, COVER_TEXT_LENGTH } from './cover-page.js';
export type { Attachment, CoverHints, CoverPage } from './cover-page.js';
export { readNoticeAddress } from './read-address.js';
export type { AddressOptions, NoticeAtAddress } from './read-address.js';
