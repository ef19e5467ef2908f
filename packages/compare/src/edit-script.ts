/**
 * The shortest edit script of two token arrays: Myers' O(ND) greedy algorithm (E. W. Myers, "An O(ND)
 * Difference Algorithm and Its Variations", Algorithmica 1986), ported step for step from `diffArrays`
 * of the `diff` package (jsdiff 9.0.0, lib/diff/base.js: the same diagonal order, the same choice
 * between insertion and deletion, the same pruning of diagonals past the edges of the edit graph), so
 * it returns exactly the runs `diffArrays` returns. It differs in cost only: diagonals live in an
 * array indexed from zero (jsdiff's negative indices make its array a slow dictionary), there is no
 * clock check per edit length, and runs carry counts instead of token copies.
 */

/** One run of an edit script: `count` tokens kept, deleted from `a` or inserted from `b`. */
export interface EditRun {
  op: 'equal' | 'delete' | 'insert';
  count: number;
}

interface Component {
  count: number;
  op: EditRun['op'];
  previous: Component | undefined;
}

interface Path {
  oldPos: number;
  last: Component | undefined;
}

/**
 * Edit runs turning `a` into `b`, in order; consecutive runs differ in op except that an insertion may
 * follow a deletion and vice versa. `equals` decides token equality (default `===`). Both empty: [].
 * Cost O((|a| + |b|) · D) time for D edits. Never throws.
 */
export function editScript<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean = (x, y) => x === y): EditRun[] {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdit = oldLen + newLen;
  const offset = maxEdit + 1;
  const best: (Path | undefined)[] = new Array<Path | undefined>(2 * maxEdit + 3).fill(undefined);

  const common = (path: Path, diagonal: number): number => {
    let oldPos = path.oldPos;
    let newPos = oldPos - diagonal;
    let count = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && equals(a[oldPos + 1], b[newPos + 1])) {
      newPos += 1;
      oldPos += 1;
      count += 1;
    }
    if (count > 0) path.last = { count, op: 'equal', previous: path.last };
    path.oldPos = oldPos;
    return newPos;
  };
  const extend = (path: Path, op: 'delete' | 'insert'): Path => {
    const last = path.last;
    const oldPos = path.oldPos + (op === 'delete' ? 1 : 0);
    if (last && last.op === op) return { oldPos, last: { count: last.count + 1, op, previous: last.previous } };
    return { oldPos, last: { count: 1, op, previous: last } };
  };
  const runs = (last: Component | undefined): EditRun[] => {
    const out: EditRun[] = [];
    for (let c = last; c; c = c.previous) out.push({ op: c.op, count: c.count });
    return out.reverse();
  };

  const first: Path = { oldPos: -1, last: undefined };
  best[offset] = first;
  const newPos0 = common(first, 0);
  if (first.oldPos + 1 >= oldLen && newPos0 + 1 >= newLen) return runs(first.last);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edit = 1; edit <= maxEdit; edit += 1) {
    for (let d = Math.max(minDiagonal, -edit); d <= Math.min(maxDiagonal, edit); d += 2) {
      const removePath = best[offset + d - 1];
      const addPath = best[offset + d + 1];
      if (removePath) best[offset + d - 1] = undefined;
      let canAdd = false;
      if (addPath) {
        const addNewPos = addPath.oldPos - d;
        canAdd = addNewPos >= 0 && addNewPos < newLen;
      }
      const canRemove = removePath !== undefined && removePath.oldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        best[offset + d] = undefined;
        continue;
      }
      const path = !canRemove || (canAdd && (removePath as Path).oldPos < (addPath as Path).oldPos)
        ? extend(addPath as Path, 'insert')
        : extend(removePath as Path, 'delete');
      const newPos = common(path, d);
      if (path.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runs(path.last);
      best[offset + d] = path;
      if (path.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return [];
}
