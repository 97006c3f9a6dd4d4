/**
 * Linear or quadratic? Asked so that noise can never cross the line and a real regression always does.
 *
 * A time ratio between two sizes is noisy on a shared 2-core machine (one run measured 16.7x for 10x
 * the text). So the same work is timed at three sizes, 1x, 10x and 100x, and only the last step is
 * judged: linear work grows ~10x from 10x to 100x, quadratic work ~100x. The limit (40x) sits at the
 * geometric middle of the two, so a slow minute would have to slow one side 4x more than the other to
 * fail a linear parse, and a quadratic one passes only if noise speeds it up 2.5x. Each size is timed
 * as the fastest of several interleaved rounds (a burst of load hits one round, not the minimum), and
 * each round repeats the work until it takes long enough for the timer's resolution not to matter.
 */
import * as assert from 'assert';

export const QUADRATIC_STEP = 40;

export interface Growth {
  /** Fastest time per call at 1x, 10x and 100x, in milliseconds. */
  readonly ms: readonly [number, number, number];
  /** ms[2] / ms[1]: ~10 for linear work, ~100 for quadratic. */
  readonly lastStep: number;
}

/** Times `work` on three inputs of sizes 1x, 10x, 100x (made by `input(scale)`). */
export function measureGrowth<T>(input: (scale: 1 | 10 | 100) => T, work: (value: T) => void, rounds = 5, minRoundMs = 20): Growth {
  const inputs = [input(1), input(10), input(100)] as const;
  const best = [Infinity, Infinity, Infinity];
  const repeats = [1, 1, 1];
  work(inputs[2]); // warm up the code paths once at the biggest size
  for (let round = 0; round < rounds; round++) {
    // Interleaved: every size sees the same stretch of machine load.
    for (let size = 0; size < 3; size++) {
      let elapsed: number;
      for (;;) {
        const start = performance.now();
        for (let i = 0; i < repeats[size]; i++) work(inputs[size]);
        elapsed = performance.now() - start;
        if (elapsed >= minRoundMs || repeats[size] >= 1 << 16) break;
        repeats[size] *= 2;
      }
      best[size] = Math.min(best[size], elapsed / repeats[size]);
    }
  }
  return { ms: [best[0], best[1], best[2]], lastStep: best[2] / Math.max(best[1], 1e-6) };
}

/** Fails only when the 10x -> 100x step grows like a square (> 40x). */
export function assertLinear<T>(what: string, input: (scale: 1 | 10 | 100) => T, work: (value: T) => void, rounds?: number, minRoundMs?: number): Growth {
  const growth = measureGrowth(input, work, rounds, minRoundMs);
  const [a, b, c] = growth.ms.map((ms) => ms.toFixed(2));
  assert.ok(
    growth.lastStep < QUADRATIC_STEP,
    `${what}: 10x -> 100x the input took ${growth.lastStep.toFixed(1)}x the time (${a} / ${b} / ${c} ms), which grows like a square (limit ${QUADRATIC_STEP}x)`,
  );
  return growth;
}
