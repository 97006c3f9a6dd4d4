import { mayBePlanBytes } from '../core/parse/planFilter';
import { looksBinary, SequentialReader } from './fileReader';

/**
 * The work a second thread shares with the first when a search holds thousands of files (a notes vault):
 * reading a file and proving with the pre-filter that it is no plan costs a vault's index most of its time
 * (20,000 notes: ~1.3 s of open, read and close calls and the filter, against ~0.4 s parsing its 200 plans),
 * and that part needs no model. So a worker takes files from the end of the list while the main thread
 * goes on from the start, as it always has; they meet somewhere in between.
 *
 * One shared cell per file says who has it: the worker marks a file it read and the filter ruled out (SKIP),
 * and hands back everything else (LOOK: a maybe-plan, a file it could not read, a binary one) for the
 * main thread to read again and treat as it treats every file, its warnings printed in the list's order.
 * So the worker never decides anything the main thread would have said otherwise: it only spares it
 * files that would have come to nothing. The last cell is the main thread's position.
 */
export const FREE = 0;
export const WORKER = 1;
export const SKIP = 2;
export const LOOK = 3;

export interface PrefilterJob {
  readonly files: readonly string[];
  readonly maxBytes: number;
  /** `files.length + 1` Int32 cells: each file's state, then the index the main thread has reached. */
  readonly state: SharedArrayBuffer;
}

/**
 * After this many files, a worker that handed back more than it ruled out stops: the files are plans (a folder
 * of 1,200 plans took 7% longer with it), each read twice, and its thread only competes with the collector's.
 */
const TRIAL_FILES = 64;

/** The worker's side: claims files from the end until it meets the main thread; returns how many it skipped. */
export function judgeFromTheEnd(job: PrefilterJob, reader = new SequentialReader()): number {
  const state = new Int32Array(job.state);
  const mainAt = job.files.length;
  let skipped = 0;
  let judged = 0;
  for (let at = job.files.length - 1; at > Atomics.load(state, mainAt); at--) {
    if (judged >= TRIAL_FILES && skipped * 2 < judged) break;
    // A file the main thread holds already (it took it, or it was named on the command line).
    if (Atomics.compareExchange(state, at, FREE, WORKER) !== FREE) continue;
    const verdict = judge(job.files[at], job.maxBytes, reader);
    judged++;
    if (verdict === SKIP) skipped++;
    Atomics.store(state, at, verdict);
    Atomics.notify(state, at);
  }
  return skipped;
}

function judge(file: string, maxBytes: number, reader: SequentialReader): typeof SKIP | typeof LOOK {
  try {
    const read = reader.read(file, maxBytes, false);
    return 'bytes' in read && !looksBinary(read.bytes) && !mayBePlanBytes(read.bytes, file) ? SKIP : LOOK;
  } catch {
    // Anything unforeseen: the main thread reads it and says what went wrong, where it would have.
    return LOOK;
  }
}
