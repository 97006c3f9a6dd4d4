/**
 * One pending timer per key (a document being typed in, a file the watcher reported): scheduling a key
 * again replaces its timer, so a burst of reports runs the work once, after the last one settles.
 */
export class KeyedTimers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Runs `work` after `ms`, unless the key is scheduled again or cancelled first. */
  schedule(key: string, ms: number, work: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        work();
      }, ms),
    );
  }

  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending === undefined) return;
    clearTimeout(pending);
    this.timers.delete(key);
  }

  /** Timers not run yet. */
  get size(): number {
    return this.timers.size;
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }
}
