/**
 * What a mistyped name most likely meant, for a "did you mean" (a verb, an option, a template placeholder): the one
 * name closest by edits, when it is close enough and no other name is as close (`lob` is as near to lab as to log:
 * a guess would mislead).
 */

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`; past 2, a lower bound only. */
export function typoDistance(a: string, b: string): number {
  // Every edit changes the length by one at most: names this far apart are no typo of each other (and a pasted
  // paragraph taken for an option costs no table).
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The name `typed` most likely meant: at most two edits away and at most half its length (`ab` is no typo of `cd`),
 * and alone at that distance, or alone there in starting with the typed letter (a typo seldom hits the first:
 * `gade` is one edit from both date and grade); else undefined. Case does not count.
 */
export function closestName<T>(typed: string, candidates: Iterable<T>, nameOf: (candidate: T) => string): T | undefined {
  const wanted = typed.toLowerCase();
  let nearest: T[] = [];
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = typoDistance(wanted, nameOf(candidate).toLowerCase());
    if (distance < bestDistance) [nearest, bestDistance] = [[candidate], distance];
    else if (distance === bestDistance) nearest.push(candidate);
  }
  const sameStart = nearest.filter((candidate) => nameOf(candidate).toLowerCase()[0] === wanted[0]);
  const best = nearest.length === 1 ? nearest[0] : sameStart.length === 1 ? sameStart[0] : undefined;
  return best !== undefined && bestDistance <= Math.min(2, Math.floor(nameOf(best).length / 2)) ? best : undefined;
}
