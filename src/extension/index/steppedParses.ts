import { prepareForTypingInSteps, reusedPieces, type ParsedPlan, type PlanDocument } from '../../core';
import { inSlicesWhile } from './hostTime';

interface Running {
  readonly text: string;
  /** Gets the result: the latest caller's (the same text read again brings a newer stat to record). */
  done: (value: unknown) => void;
  ended: Promise<void>;
}

/**
 * Parses run in steps between the host's other work (a long plan read from disk: see buildPlanInSteps), one file's
 * at a time: parses that took turns in slices of their own would run back to back when the host breathes (Node
 * runs every waiting `setImmediate` in one go), and ten long plans would stall it ten slices long. A file's parse is
 * superseded, and stops before its next step, once the index takes another text of the file or forgets it: what it
 * read is old then, and nothing of it is taken.
 */
export class SteppedParses {
  private readonly running = new Map<string, Running>();
  /** The end of the last parse queued: the next starts after it. */
  private tail: Promise<void> = Promise.resolve();

  /** `failed`: told of a parse that threw, when no caller waits for it (the log). */
  constructor(private readonly failed: (what: string, error: unknown) => void = () => undefined) {}

  /**
   * Runs the first of `steps` (the parse of `text` for the file `key`) now and queues the rest to run in time slices;
   * `done` gets the result right after the last step, in the same turn, unless superseded. A parse of the file queued or running already is
   * superseded, or kept when it parses the same text (a file written once is reported by its folder's creation, its
   * own and its change): then `steps` never runs and `done` replaces its callback. Resolves when the parse kept
   * ended, either way.
   */
  run<T>(key: string, text: string, steps: Generator<void, T>, done: (value: T) => void): Promise<void> {
    const same = this.running.get(key);
    if (same && same.text === text) {
      same.done = done as (value: unknown) => void;
      return same.ended;
    }
    // A parse of another text of the file is superseded.
    this.running.delete(key);
    // The first step now: a text the store holds takes no more (then its result is handed over in this turn).
    const first = steps.next();
    if (first.done) {
      done(first.value);
      return Promise.resolve();
    }
    const entry: Running = { text, done: done as (value: unknown) => void, ended: Promise.resolve() };
    this.running.set(key, entry);
    const live = (): boolean => this.running.get(key) === entry;
    const andDone = function* (): Generator<void, void> {
      const value = yield* steps;
      entry.done(value);
    };
    entry.ended = this.tail.then(() => inSlicesWhile(andDone(), live)).then(
      () => void (live() && this.running.delete(key)),
      (error: unknown) => {
        if (live()) this.running.delete(key);
        throw error;
      },
    );
    this.tail = entry.ended.catch(() => undefined);
    return entry.ended;
  }

  /**
   * A long plan open in an editor and not typed in yet (its model read from disk or a snapshot) is made ready for its
   * first keystroke (prepareForTypingInSteps), in steps like a parse: a 5 MB plan's first keystroke was a whole parse.
   * A keystroke before it is ready supersedes it (that keystroke parses the plan whole, as before).
   */
  prepareForTyping(plan: ParsedPlan, document: PlanDocument): void {
    if (reusedPieces(plan)) return;
    this.run(document.uri, document.getText(), prepareForTypingInSteps(plan, document), () => undefined)
      .catch((error: unknown) => this.failed(`preparing ${document.uri} to be typed in`, error));
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

  /** Parses queued or running (tests wait for none). */
  get size(): number {
    return this.running.size;
  }

  dispose(): void {
    this.running.clear();
  }
}
