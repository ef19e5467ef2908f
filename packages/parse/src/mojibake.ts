import iconv from 'iconv-lite';

/**
 * Text that was decoded with the wrong charset and saved again: UTF-8 bytes read as GBK (鍙戝睍 for 发展, 锛� for
 * ，) and, where the UTF-8 was itself broken, U+FFFD's bytes EF BF BD read as GBK (锟斤拷). Such text is detected,
 * and repaired where the round trip — encode as GBK, decode as strict UTF-8 — is lossless.
 */

/** Fewest characters of a non-ASCII run tried as double-decoded: shorter runs re-encode to valid UTF-8 by chance. */
const MIN_RUN = 4;
/** 锟斤拷: the replacement character U+FFFD (EF BF BD) twice, read as GBK. */
const REPLACEMENT_AS_GBK = /锟斤拷|烫烫烫|屯屯屯/g;

/** What {@link repairDoubleDecoding} found. */
export interface DoubleDecoding {
  /** the text with every run repaired that round-trips losslessly */
  text: string;
  /** runs repaired (UTF-8 read as GBK, decoded back) */
  repairedRuns: number;
  /** characters of the original text in repaired runs */
  repairedCharacters: number;
  /** 锟斤拷-like remnants: characters lost before the text was saved again (cannot be repaired) */
  lostRuns: number;
}

/** Han ideographs in a string. */
function han(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * Finds runs of non-ASCII characters (at least {@link MIN_RUN}) that are UTF-8 read as GBK: their GBK bytes are
 * strict UTF-8 whose decoding is Chinese (at least half Han) and shorter (three UTF-8 bytes per character against
 * GBK's two). Each such run is replaced by its decoding. Ordinary Chinese text re-encodes to invalid UTF-8 within a
 * few characters, so it is left alone (none of 41 real reports and plans has a run taken for double-decoded). Once
 * {@link MIN_RUNS_FOR_SHORT} runs are found, runs of two and three characters are tried as well.
 * Input: decoded text (any length). Output: {@link DoubleDecoding}; the text unchanged when nothing was found.
 * Linear in the text's length; throws nothing.
 */
export function repairDoubleDecoding(text: string): DoubleDecoding {
  const first = repairRuns(text, MIN_RUN);
  // with the text shown to be double-decoded, shorter runs (下载 → 涓嬭浇, three characters) are repaired too
  const result = first.runs >= MIN_RUNS_FOR_SHORT ? repairRuns(first.text, 2) : { text: first.text, runs: 0, characters: 0 };
  const lostRuns = text.match(REPLACEMENT_AS_GBK)?.length ?? 0;
  return { text: result.text, repairedRuns: first.runs + result.runs, repairedCharacters: first.characters + result.characters, lostRuns };
}

/** Runs of at least {@link MIN_RUN} repaired before shorter ones are tried. */
const MIN_RUNS_FOR_SHORT = 3;

function repairRuns(text: string, minRun: number): { text: string; runs: number; characters: number } {
  let repairedRuns = 0;
  let repairedCharacters = 0;
  // a U+FFFD (an odd byte GBK could not pair) ends a run: what lies around it may still round-trip
  const repaired = text.replace(/[^\x00-\x7f\uFFFD]+/g, (run) => {
    if (run.length < minRun) return run;
    let bytes: Buffer;
    try {
      bytes = iconv.encode(run, 'gbk');
    } catch {
      return run;
    }
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return run;
    }
    // a round trip through GBK that is not exact (a character GBK cannot hold became `?`) is no evidence
    if (iconv.decode(bytes, 'gbk') !== run) return run;
    if (decoded.length >= run.length || han(decoded) * 2 < decoded.length) return run;
    repairedRuns++;
    repairedCharacters += run.length;
    return decoded;
  });
  return { text: repairedRuns > 0 ? repaired : text, runs: repairedRuns, characters: repairedCharacters };
}
