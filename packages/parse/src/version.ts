/** Bumped whenever a change to the parser can change its output; part of the corpus cache key. */
export const PARSER_VERSION = '0.12.0';
