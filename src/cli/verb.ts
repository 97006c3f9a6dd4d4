import type { Clock, PlanCache } from '../core';
import type { NodeFileSystem } from './nodeFileSystem';

/** Where the CLI writes: stdout and stderr, one line (or block) per call. Tests capture them. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Part of a line of stdout, no line break added (a long output written as it is made); `out` where absent. */
  write?(text: string): void;
  /**
   * Part of stdout as UTF-8 bytes the caller made safe for a terminal itself (see planJsonBytes.ts); `write`
   * with the decoded text where absent. The bytes may be kept until written: the caller never changes them.
   */
  writeBytes?(bytes: Uint8Array): void;
  /**
   * Prints `prompt` (no line break) and gives the next line of standard input, or null at its end (Ctrl-D, a
   * closed pipe). Absent where there is no input to read (a test that gives none, the code cache's training).
   */
  readLine?(prompt: string): Promise<string | null>;
}

/** What every verb runs with: nothing global, so tests can fix the clock and capture the output. */
export interface CliContext {
  readonly io: CliIo;
  readonly clock: Clock;
  /** Every plan the CLI reads is parsed through this cache (the same class the extension's index uses). */
  readonly cache: PlanCache;
  /** The file-system port on node `fs` (tests pass one that fails, to prove nothing is lost). */
  readonly files: NodeFileSystem;
}

/** Exit codes: 0 ok; 1 refused or not found (nothing written); 2 usage error or a missing path. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A bad command line: the CLI prints the message and the verb's usage, and exits 2. */
export class UsageError extends Error {}

/**
 * An expected failure: one line on stderr, no stack trace, and the given exit code. `details`: lines printed
 * below it (the candidates of an ambiguous DAY). The message and each detail are one line each when printed:
 * a line break or tab a file name or an argument holds is shown escaped, never as a line of its own.
 */
export class CliError extends Error {
  constructor(message: string, readonly code: ExitCode = EXIT.refused, readonly details: readonly string[] = []) {
    super(message);
  }
}

/**
 * One CLI verb. Each verb lives in its own file under `verbs/`, parses its own arguments, and is listed
 * once in `registry.ts`: adding a verb is a new file and a registry line.
 */
export interface Verb {
  readonly name: string;
  /** The usage line after `learning-plans `: `done <file> <DAY> [--date YYYY-MM-DD]`. */
  readonly usage: string;
  /** One line (at most ~70 characters) for the list of commands in `learning-plans --help`. */
  readonly summary: string;
  /**
   * What it does, for `learning-plans VERB --help`: plain sentences, without the leading indent. Lines are
   * joined and filled to the help's width; a line that starts with an option (`--json ...`) starts a paragraph.
   */
  readonly description: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}
