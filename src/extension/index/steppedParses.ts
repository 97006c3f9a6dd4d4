import { forgetTypingPieces, prepareForTypingInSteps, reusedPieces, type ParsedPlan, type PlanDocument } from '../../core';
import { inSlicesWhile, yieldToHost } from './hostTime';

interface Running {
  readonly text: string;
  /** The model a preparation for typing is for (a parse of a read: none). */
  readonly of: ParsedPlan | undefined;
  /** Gets the result: the latest caller's (the same text read again brings a newer stat to record). */
  done: (value: unknown) => void;
  ended: Promise<void>;
}

/** A text this long or longer (two pieces: see chunks.ts) is parsed in steps when read, and made ready for typing when opened. */
const LONG_CHARS = 128 * 1024;

export function isLongText(text: string): boolean {
  return text.length >= LONG_CHARS;
}

/** The key of a file's preparation for typing, beside its key for a parse of a read (the two never stand for each other). */
const TYPING = '\u0000typing';

/**
 * Parses run in steps between the host's other work (a long plan read from disk: see buildPlanInSteps; a long plan
 * opened, made ready for typing: prepareForTypingInSteps), one at a time, the host breathing between two: parses
 * that took turns in slices of their own would run back to back when the host breathes (Node runs every waiting
 * `setImmediate` in one go), and ten long plans would stall it ten slices long. A file's parse is superseded, and
 * stops before its next step, once the index takes another text of the file or forgets it: what it read is old then,
 * and nothing of it is taken.
 */
export class SteppedParses {
  private readonly running = new Map<string, Running>();
  /** The end of the last parse queued: the next starts after it. */
  private tail: Promise<void> = Promise.resolve();
  /** Parses that went on past their first step (tests prove a long plan is parsed in steps). */
  queued = 0;

  /** `failed`: told of a parse that threw, when no caller waits for it (the log). */
  constructor(private readonly failed: (what: string, error: unknown) => void = () => undefined) {}

  /**
   * Runs the first of `steps` (the parse of `text` for the file `key`) now and queues the rest to run in time slices;
   * `done` gets the result right after the last step, in the same turn, unless superseded. A parse of the file queued
   * or running already is superseded, or kept when it parses the same text (a file written once is reported by its
   * folder's creation, its own and its change): then `steps` never runs and `done` replaces its callback. Resolves
   * when the parse kept ended, either way; rejects when it threw.
   */
  run<T>(key: string, text: string, steps: Generator<void, T>, done: (value: T) => void, of?: ParsedPlan): Promise<void> {
    const same = this.running.get(key);
    if (same && same.text === text && same.of === of) {
      same.done = done as (value: unknown) => void;
      return same.ended;
    }
    // A parse of another text of the file is superseded.
    this.running.delete(key);
    try {
      // The first step now: a text the store holds takes no more (then its result is handed over in this turn).
      const first = steps.next();
      if (first.done) {
        done(first.value);
        return Promise.resolve();
      }
    } catch (error) {
      return Promise.reject(error);
    }
    this.queued++;
    const entry: Running = { text, of, done: done as (value: unknown) => void, ended: Promise.resolve() };
    this.running.set(key, entry);
    const live = (): boolean => this.running.get(key) === entry;
    const andDone = function* (): Generator<void, void> {
      const value = yield* steps;
      entry.done(value);
    };
    // The host breathes between the end of one parse (its model handed over, the views told) and the next's steps.
    entry.ended = this.tail.then(yieldToHost).then(() => inSlicesWhile(andDone(), live)).then(
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
   * A long plan open in an editor (its model read from disk or a snapshot: see isLongText) is made ready for
   * its first keystroke (prepareForTypingInSteps): a 5 MB plan's first keystroke was a whole parse. Called with the
   * model the index holds of the editor's text at each update (a window reloaded with the plan open too): a model typed
   * in already (ready), of another text or none stops a preparation of an older one; the same model and text leave a
   * preparation running.
   */
  prepareForTyping(plan: ParsedPlan | undefined, document: PlanDocument): void {
    const key = document.uri + TYPING;
    if (!plan || !isLongText(document.getText()) || reusedPieces(plan)) {
      this.running.delete(key);
      return;
    }
    this.run(key, document.getText(), prepareForTypingInSteps(plan, document), () => undefined, plan)
      .catch((error: unknown) => this.failed(`preparing ${document.uri} to be typed in`, error));
  }

  /** The file `key` has a newer text than a read being parsed, or is gone: the parse stops. */
  supersede(key: string): void {
    this.running.delete(key);
  }

  /** The file `key` is closed, changed on disk or gone: its preparation for typing stops. */
  stopTyping(key: string): void {
    this.running.delete(key + TYPING);
  }

  /** The file's editor closed: nothing is typed in it now, its preparation stops and what one kept of `plan` is let go. */
  editorClosed(plan: ParsedPlan | undefined, key: string): void {
    this.stopTyping(key);
    if (plan) forgetTypingPieces(plan);
  }

  /** Every parse of a file at `key` or below it (a folder deleted) stops. */
  supersedeTree(key: string): void {
    const below = key.endsWith('/') ? key : key + '/';
    for (const running of [...this.running.keys()]) {
      if (running === key || running === key + TYPING || running.startsWith(below)) this.running.delete(running);
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
