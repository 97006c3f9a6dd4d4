/**
 * Stack traces of the CLI's bugs, in the TypeScript sources. Node's own source-map support
 * (`process.setSourceMapsEnabled`) reads and parses the bundle's 2 MB map when the bundle loads: about 150 ms
 * of every run, for a trace almost no run prints. So the map is read only when a bug's trace is printed,
 * and each frame in the bundle is looked up in it with Node's `SourceMap`.
 */
import * as fs from 'fs';
import { SourceMap } from 'module';
import * as path from 'path';

/** `error.stack` with frames of the bundle (`.../cli-main.js:LINE:COLUMN`) named by their source lines. */
export function sourceMappedStack(error: Error, bundle: string): string {
  const stack = error.stack ?? String(error);
  let map: SourceMap;
  try {
    map = new SourceMap(JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')));
  } catch {
    return stack; // no map next to the bundle: the bundle's own lines
  }
  const name = path.basename(bundle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const frame = new RegExp(`(?:file://)?[^\\s()]*${name}:(\\d+):(\\d+)`, 'g');
  return stack.replace(frame, (whole, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry || entry.originalSource === undefined || entry.originalLine === undefined) return whole;
    const source = entry.originalSource.replace(/^file:\/\//, '');
    const relative = path.isAbsolute(source) ? source : path.resolve(path.dirname(bundle), source);
    return `${relative}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}
