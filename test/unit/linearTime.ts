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
 *
 * A verdict over the limit is not final at once: the same measurement goes on for more rounds (up to
 * four times as many), keeping each size's fastest time, and is judged again. That is not a retry that
 * could hide a regression: more rounds only bring each minimum closer to the true cost, and quadratic
 * work's true step is ~100x at every round count (extra rounds that find a faster 10x pass even push its
 * ratio up). Only a stretch of load that hit every round of one size could fail linear work, and the
 * longer the measurement, the less likely that is.
 */
import * as assert from 'assert';

export const QUADRATIC_STEP = 40;

/** Set by stryker.config.mjs: under mutation testing the code is instrumented and two workers share the cores,
 *  so a time ratio would measure Stryker, and a noisy one would count a mutant as killed that no test caught.
 *  There the work still runs once at each size (a mutant that throws or loops still fails the test), unjudged. */
const UNTIMED = process.env.LEARNING_PLANS_UNTIMED === '1';

export interface Growth {
  /** Fastest time per call at 1x, 10x and 100x, in milliseconds. */
  readonly ms: readonly [number, number, number];
  /** ms[2] / ms[1]: ~10 for linear work, ~100 for quadratic. */
  readonly lastStep: number;
}

/** Fastest time per call at each size, refined by more rounds on demand. */
class GrowthMeter<T> {
  private readonly inputs: readonly [T, T, T];
  private readonly best = [Infinity, Infinity, Infinity];
  private readonly repeats = [1, 1, 1];

  constructor(input: (scale: 1 | 10 | 100) => T, private readonly work: (value: T) => void, private readonly minRoundMs: number) {
    this.inputs = [input(1), input(10), input(100)];
    work(this.inputs[2]); // warm up the code paths once at the biggest size
  }

  measure(rounds: number): Growth {
    for (let round = 0; round < rounds; round++) {
      // Interleaved: every size sees the same stretch of machine load.
      for (let size = 0; size < 3; size++) {
        let elapsed: number;
        for (;;) {
          const start = performance.now();
          for (let i = 0; i < this.repeats[size]; i++) this.work(this.inputs[size]);
          elapsed = performance.now() - start;
          if (elapsed >= this.minRoundMs || this.repeats[size] >= 1 << 16) break;
          this.repeats[size] *= 2;
        }
        this.best[size] = Math.min(this.best[size], elapsed / this.repeats[size]);
      }
    }
    const [a, b, c] = this.best;
    return { ms: [a, b, c], lastStep: c / Math.max(b, 1e-6) };
  }
}

/** Times `work` on three inputs of sizes 1x, 10x, 100x (made by `input(scale)`). */
export function measureGrowth<T>(input: (scale: 1 | 10 | 100) => T, work: (value: T) => void, rounds = 5, minRoundMs = 20): Growth {
  return new GrowthMeter(input, work, minRoundMs).measure(rounds);
}

/** Fails only when the 10x -> 100x step grows like a square (> 40x), after up to four times the rounds. */
export function assertLinear<T>(what: string, input: (scale: 1 | 10 | 100) => T, work: (value: T) => void, rounds = 5, minRoundMs = 20): Growth {
  if (UNTIMED) {
    for (const scale of [1, 10, 100] as const) work(input(scale));
    return { ms: [0, 0, 0], lastStep: 10 };
  }
  const meter = new GrowthMeter(input, work, minRoundMs);
  let growth = meter.measure(rounds);
  let taken = rounds;
  while (growth.lastStep >= QUADRATIC_STEP && taken < 4 * rounds) {
    growth = meter.measure(rounds);
    taken += rounds;
  }
  const [a, b, c] = growth.ms.map((ms) => ms.toFixed(2));
  assert.ok(
    growth.lastStep < QUADRATIC_STEP,
    `${what}: 10x -> 100x the input took ${growth.lastStep.toFixed(1)}x the time (${a} / ${b} / ${c} ms, fastest of ${taken} rounds), which grows like a square (limit ${QUADRATIC_STEP}x)`,
  );
  return growth;
}
