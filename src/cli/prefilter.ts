import * as fs from 'fs';
import * as path from 'path';
import type * as threads from 'worker_threads';
import { FREE, LOOK, SKIP, WORKER, type PrefilterJob } from './prefilterJob';

/**
 * Below this many files a search is read by the main thread alone. A worker thread takes 60-130 ms to start
 * (Node's own set-up, then the filter's code) and competes for the second core with the collector and the
 * compiler: on 2 cores (`farm-bench`, 10-12 pairs, the bench's vault generator) it cost 1.09-1.18x the time of
 * one thread over 5,000 notes, 0.95x over 7,500, and saved 0.87x over 10,000 and 0.86-0.88x over 20,000.
 */
export const PREFILTER_MIN_FILES = 8000;

/** The worker's bundle, built beside the CLI's (esbuild.js). */
const WORKER_SCRIPT = path.join(__dirname, 'cli-prefilter.js');

/**
 * How long the main thread waits for a file the worker is reading before it reads the file itself (the
 * worker may have died: its answer is never needed, only saved work).
 */
const WAIT_MS = 1000;

export interface Prefilter {
  /** Whether the main thread reads `files[at]`: false for a file the worker read and the pre-filter ruled out. Asked in order. */
  mainReads(at: number): boolean;
  /** Stops the worker (the files not reached are never read). */
  stop(): void;
  /** Settles when the worker's thread has ended (its work done, stopped or failed). */
  readonly finished: Promise<void>;
}

/**
 * Starts a worker that reads files from the end of the list and rules out what the pre-filter can
 * (prefilterJob.ts), or null for a search too small to pay for it or where no worker can start. Files
 * in `named` (typed on the command line) are left to the main thread: it reads them differently.
 */
export function startPrefilter(files: readonly string[], named: ReadonlySet<string>, maxBytes: number, script = WORKER_SCRIPT, minFiles = PREFILTER_MIN_FILES): Prefilter | null {
  // Files named one by one (`index notes/*.md`) are the main thread's: only the others count (a review's).
  let searched = 0;
  for (const file of files) if (!named.has(file)) searched++;
  if (searched < minFiles || !fs.existsSync(script)) return null;
  const state = new Int32Array(new SharedArrayBuffer(4 * (files.length + 1)));
  files.forEach((file, at) => {
    if (named.has(file)) state[at] = LOOK;
  });
  const job: PrefilterJob = { files, maxBytes, state: state.buffer as SharedArrayBuffer };
  let worker: threads.Worker;
  try {
    // Loaded here, not with the bundle: Node's worker module cost every cold run of the CLI ~10-15 ms to load. A
    // require, not import(): the bundle runs in a vm.Script (codeCache.ts), which has no dynamic import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('worker_threads') as typeof threads;
    worker = new Worker(script, { workerData: job, stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  } catch {
    return null;
  }
  // Never keeps the process alive or brings it down: a worker that fails only leaves its files to the main thread.
  worker.unref();
  worker.on('error', () => undefined);
  const finished = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const mainAt = files.length;
  return {
    finished,
    mainReads(at) {
      Atomics.store(state, mainAt, at);
      let seen = Atomics.compareExchange(state, at, FREE, LOOK);
      if (seen === FREE) return true;
      if (seen === WORKER) {
        Atomics.wait(state, at, WORKER, WAIT_MS);
        seen = Atomics.load(state, at);
      }
      return seen !== SKIP;
    },
    stop() {
      Atomics.store(state, mainAt, files.length);
      void worker.terminate();
    },
  };
}
