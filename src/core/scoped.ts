/**
 * A value a parse puts in place for the length of a call, and puts back after it, even when the call throws: a
 * parse's context (its file's code page, years, slashed-date order, Hugo content root), read deep in the grammar
 * without being handed down every call. Each module that reads such a context owns one; a parse made in steps puts
 * its context in place again for each step.
 */
export class Scoped<T> {
  private value: T;

  constructor(initial: T) {
    this.value = initial;
  }

  /** The value in place: the innermost `run`'s, else the initial one. */
  get current(): T {
    return this.value;
  }

  run<R>(value: T, call: () => R): R {
    const outer = this.value;
    this.value = value;
    try {
      return call();
    } finally {
      this.value = outer;
    }
  }
}
