import { unzipSync } from 'fflate';
import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';

/**
 * The named parts of an OOXML package (a ZIP, ECMA-376 Part 2), inflated with fflate — only the parts asked for,
 * and only while their declared sizes stay within `limits.maxInflatedBytes` together (a "zip bomb" member is
 * refused before it is inflated; fflate inflates into a buffer of the declared size, so a member that inflates
 * past its declaration fails instead of growing).
 *
 * @returns part name → UTF-8 text; a part that is absent is missing from the map
 * @throws IngestError TOO_LARGE (declared sizes over the bound), TRUNCATED (the archive or a member is damaged)
 */
export function readPackageParts(bytes: Uint8Array, wanted: readonly string[], limits: IngestLimits): Map<string, string> {
  const want = new Set(wanted);
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!want.has(file.name)) return false;
        declared += file.originalSize;
        if (declared > limits.maxInflatedBytes) {
          throw new IngestError(
            'TOO_LARGE',
            `the Word file's text parts would inflate to more than ${Math.round(limits.maxInflatedBytes / 1048576)} MB; the file was refused unread (a real notice is far smaller)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('TRUNCATED', 'the Word file is damaged or incomplete (a part of it cannot be inflated — the download was probably cut short); download it again');
  }
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, string>();
  for (const [name, content] of Object.entries(files)) parts.set(name, decoder.decode(content));
  return parts;
}
