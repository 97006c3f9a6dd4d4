import { isValidIsoDate } from '../core';
import { UsageError } from './verb';

/**
 * A verb's arguments: options are taken out by name (`--name value` or `--name=value`), and what
 * is left must be positionals. Everything after `--` is positional, so a file named `--x.md` works.
 */
export class ArgReader {
  private readonly options: string[];
  private readonly afterDashes: string[];

  constructor(args: readonly string[]) {
    const dashes = args.indexOf('--');
    this.options = dashes < 0 ? [...args] : args.slice(0, dashes);
    this.afterDashes = dashes < 0 ? [] : args.slice(dashes + 1);
  }

  /** True if the flag was given (every occurrence is taken). */
  flag(name: string): boolean {
    let found = false;
    for (let at = this.options.indexOf(name); at >= 0; at = this.options.indexOf(name)) {
      this.options.splice(at, 1);
      found = true;
    }
    return found;
  }

  /** The value of `--name value` or `--name=value`, or null when the option is absent. */
  value(name: string): string | null {
    const inline = this.options.findIndex((a) => a.startsWith(`${name}=`));
    if (inline >= 0) return this.options.splice(inline, 1)[0].slice(name.length + 1);
    const at = this.options.indexOf(name);
    if (at < 0) return null;
    const value = this.options[at + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    this.options.splice(at, 2);
    return value;
  }

  /** `--name YYYY-MM-DD`, checked to be a real date. */
  date(name: string): string | null {
    const value = this.value(name);
    if (value !== null && !isValidIsoDate(value)) throw new UsageError(`${name} must be a real date as YYYY-MM-DD, not '${value}'`);
    return value;
  }

  /** What is left once every option was taken; an unknown option is a usage error. */
  positionals(): string[] {
    const unknown = this.options.find((a) => a.startsWith('-') && a !== '-');
    if (unknown) throw new UsageError(`unknown option '${unknown}'`);
    return [...this.options, ...this.afterDashes];
  }
}

export function positiveInteger(text: string | undefined, what: string): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${what} must be a positive whole number, not '${text ?? ''}'`);
  return Number(text);
}
