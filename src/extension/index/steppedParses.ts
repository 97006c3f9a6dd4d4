import { inSlicesWhile } from './hostTime';

/**
 * Parses run in steps between the host's other work (a long plan read from disk: see buildPlanInSteps), one per
 * file. A file's parse is superseded, and stops before its next step, once the index takes another text of the file
 * or forgets it: what it read is old then, and nothing of it is taken.
 */
export class SteppedParses {
  private readonly running = new Map<string, { readonly text: string; readonly ended: Promise<void> }>();

  /**
   * Runs `steps`, the parse of `text` for the file `key`, in time slices; `done` gets the result right after the last
   * step, in the same turn, unless superseded. A parse of the file running already is superseded, or kept when it
   * parses the same text (a file written once is reported by its folder's creation, its own and its change): then
   * `steps` never runs. Resolves when the parse kept ended, either way.
   */
  run<T>(key: string, text: string, steps: Generator<void, T>, done: (value: T) => void): Promise<void> {
    const same = this.running.get(key);
    if (same && same.text === text) return same.ended;
    const entry: { text: string; ended: Promise<void> } = { text, ended: Promise.resolve() };
    this.running.set(key, entry);
    const live = (): boolean => this.running.get(key) === entry;
    const andDone = function* (): Generator<void, void> {
      const value = yield* steps;
      done(value);
    };
    entry.ended = inSlicesWhile(andDone(), live).then(
      () => void (live() && this.running.delete(key)),
      (error: unknown) => {
        if (live()) this.running.delete(key);
        throw error;
      },
    );
    return entry.ended;
  }

  /** The file `key` has a newer text, or is gone: a parse of it running stops. */
  supersede(key: string): void {
    this.running.delete(key);
  }

  /** Every parse of a file at `key` or below it (a folder deleted) stops. */
  supersedeTree(key: string): void {
    const below = key.endsWith('/') ? key : key + '/';
    for (const running of [...this.running.keys()]) {
      if (running === key || running.startsWith(below)) this.running.delete(running);
    }
  }

  /** Parses running (tests wait for none). */
  get size(): number {
    return this.running.size;
  }

  dispose(): void {
    this.running.clear();
  }
}
