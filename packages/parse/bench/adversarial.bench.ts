/**
 * `pnpm --filter @plandiff/parse bench:adversarial`: the linear-time audit of issue 12. Each adversarial shape
 * (bench/adversarial-shapes.ts) is parsed at 10 KB, 100 KB, 1 MB and 5 MB of UTF-8; the table prints the median
 * wall time of 3 runs (after one warm-up at 10 KB), the time per MB, and `5MB/100KB`: the ratio of the time per
 * MB at 5 MB to the time per MB at 100 KB (about 1 = linear; a quadratic stage shows as ≈ 50). The baseline row
 * is `TextDecoder.decode` + `split('\n')` of the same bytes, the least any parser must do.
 * A shape the parser refuses (PlanParseError) is timed too: refusing must be linear as well.
 */
import { parsePlan } from '../src/index.js';
import { ADVERSARIAL_SHAPES, type AdversarialShape } from './adversarial-shapes.js';

const SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
const RUNS = 3;
const encoder = new TextEncoder();

/** The shape's notice encoded as UTF-8, about `bytes` long (the run is scaled; the frame stays). */
function noticeBytes(shape: AdversarialShape, bytes: number): Uint8Array {
  const probe = encoder.encode(shape.make(1000)).length / 1000;
  return encoder.encode(shape.make(Math.max(1, Math.round(bytes / probe))));
}

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    try {
      run();
    } catch {
      // a refusal is timed like a parse
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const baseline: AdversarialShape = { name: 'baseline: decode + split', make: ADVERSARIAL_SHAPES[0].make };
const rows: Record<string, string>[] = [];
for (const shape of [baseline, ...ADVERSARIAL_SHAPES]) {
  const run = shape === baseline
    ? (b: Uint8Array) => new TextDecoder().decode(b).split('\n')
    : (b: Uint8Array) => parsePlan(b);
  try {
    run(noticeBytes(shape, 10_000)); // warm-up
  } catch {
    // refusals are fine here
  }
  const row: Record<string, string> = { shape: shape.name };
  const perMb: number[] = [];
  for (const size of SIZES) {
    const bytes = noticeBytes(shape, size);
    const ms = medianMs(() => run(bytes));
    perMb.push(ms / (bytes.length / 1_000_000));
    row[`${size / 1000} KB ms`] = ms.toFixed(1);
  }
  SIZES.forEach((size, i) => (row[`ms/MB @${size / 1000}KB`] = perMb[i].toFixed(0)));
  row['5MB/100KB'] = (perMb[3] / perMb[1]).toFixed(2);
  rows.push(row);
  console.error(`done: ${shape.name}`);
}
console.log(`\nAdversarial shapes: median of ${RUNS} runs per size; time per MB should stay flat (5MB/100KB ≈ 1)`);
console.table(rows);
