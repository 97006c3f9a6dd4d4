import * as fs from 'fs';
import * as path from 'path';

/** Folders never searched, the same defaults as the extension's `learningPlans.exclude`. */
export const EXCLUDED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', 'build']);

export class MissingPathError extends Error {}

/** Markdown files under the given paths, each folder's files in name order; files given directly are kept. */
export function findMarkdownFiles(inputs: readonly string[]): string[] {
  const found: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new MissingPathError(`no such file or folder: ${input}`);
    }
    if (stat.isDirectory()) {
      walk(input, found);
    } else {
      found.push(input);
    }
  }
  return found;
}

function walk(folder: string, into: string[]): void {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!EXCLUDED_FOLDERS.has(entry.name)) walk(full, into);
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      into.push(full);
    }
  }
}

export type ReadResult = { text: string; bytes: Uint8Array } | { warning: string };

/** Reads a file as UTF-8 (invalid bytes become U+FFFD; a BOM is kept, as in the bytes); binary files are refused with a warning. */
export function readPlanFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { warning: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { warning: `skipping ${file}: it looks like a binary file` };
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), bytes };
}
