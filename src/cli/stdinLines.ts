import type * as readline from 'readline';

/**
 * Standard input, a line at a time, opened only when a verb first asks (review --interactive): a verb that
 * asks nothing leaves stdin alone, so its process exits at once even when stdin is a terminal.
 */
export class StdinLines {
  private lines: AsyncIterator<string> | null = null;
  private reader: readline.Interface | null = null;

  async next(prompt: string): Promise<string | null> {
    process.stdout.write(prompt);
    if (!this.lines) {
      // Loaded here, not with the bundle: every other run of the CLI (index, status) would pay for it. A
      // require, not import(): the bundle runs in a vm.Script (codeCache.ts), which has no dynamic import.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createInterface } = require('readline') as typeof readline;
      // Not a readline terminal: the terminal's own line editing and echo serve, and piped answers read the same.
      this.reader = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
      this.lines = this.reader[Symbol.asyncIterator]();
    }
    const line = await this.lines.next();
    if (line.done) {
      // Ctrl-D leaves the cursor after the prompt: what is printed next starts a line of its own.
      process.stdout.write('\n');
      return null;
    }
    // Answers on a pipe are not echoed by a terminal: echoed here, the transcript reads as a session typed.
    if (!process.stdin.isTTY) process.stdout.write(`${line.value}\n`);
    return line.value;
  }

  close(): void {
    this.reader?.close();
  }
}
