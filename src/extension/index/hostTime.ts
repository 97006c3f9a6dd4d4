/**
 * Long work in the extension host in slices: the host runs what waits (events, timers, I/O) between them, so a
 * scan of a vault never stalls it (measured by the scale test: longest stall <= 50 ms in the Node host).
 */

/** Work runs in slices of about this many milliseconds. */
export const SLICE_MS = 10;

/**
 * Lets the host run what is waiting and comes back at once: `setImmediate` in Node, a message to itself in a
 * web worker. `setTimeout(0)` would cost 1 ms (Node) to 4 ms (browsers) per slice.
 */
export function yieldToHost(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => void }).setImmediate;
  if (immediate) return new Promise((resolve) => immediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const port = channel.port1 as unknown as { onmessage: (() => void) | null; close(): void };
    port.onmessage = () => {
      port.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Counts a slice's time: `breathe()` yields to the host once the slice is used up. */
export class TimeSlice {
  private start = performance.now();

  async breathe(force = false): Promise<void> {
    if (!force && performance.now() - this.start <= SLICE_MS) return;
    await yieldToHost();
    this.start = performance.now();
  }
}

/** Runs a core step function (a generator yielding between steps) in slices. */
export async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  return (await inSlicesWhile(steps, () => true))!.value;
}

/** `inSlices`, stopped before a step when `live()` says the work is superseded: then undefined (the rest never runs). */
export async function inSlicesWhile<T>(steps: Generator<void, T>, live: () => boolean): Promise<{ readonly value: T } | undefined> {
  const slice = new TimeSlice();
  for (;;) {
    if (!live()) return undefined;
    const step = steps.next();
    if (step.done) return { value: step.value };
    await slice.breathe();
  }
}
