import { FileError, inMemoryDocument, lookupDay, mayBePlanBytes, type DaySpec, type ParsedPlan, type PlanNode } from '../core';
import { decodePlan, findMarkdownFiles, looksBinary, MissingPathError, readPlanFile } from './files';
import { SequentialReader } from './fileReader';
import { CliError, EXIT, type CliContext } from './verb';
import { portPath } from './nodeFileSystem';

export interface LoadedPlan {
  readonly plan: ParsedPlan;
  readonly file: string;
}

/** Each read is a new version of the file for the cache: the text may differ from the last read. */
let reads = 0;

export function parsePlan(context: CliContext, file: string, text: string): ParsedPlan {
  return context.cache.get(inMemoryDocument(file, text, ++reads));
}

/**
 * The plans under the paths: unreadable, binary, oversized and non-regular files are skipped with a
 * warning on stderr and the rest is printed; non-plans are left out; a missing path exits 2.
 *
 * A vault is mostly notes that are no plans: each file's bytes go through the pre-filter
 * (`mayBePlanBytes`), and only a file it cannot rule out is decoded and parsed. Nothing of a non-plan
 * is kept (its model leaves the cache at once).
 */
export async function loadPlans(paths: readonly string[], context: CliContext, maxBytes: number): Promise<LoadedPlan[]> {
  const warn = (text: string): void => context.io.err(`learning-plans: warning: ${text}`);
  let files: string[];
  try {
    files = findMarkdownFiles(paths, warn);
  } catch (error) {
    if (error instanceof MissingPathError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  const plans: LoadedPlan[] = [];
  const named = new Set(paths);
  const reader = new SequentialReader();
  for (const file of files) {
    const read = reader.read(file, maxBytes, named.has(file));
    if ('warning' in read) {
      warn(read.warning);
      continue;
    }
    if (looksBinary(read.bytes)) {
      warn(`skipping ${file}: it looks like a binary file`);
      continue;
    }
    if (!mayBePlanBytes(read.bytes, file)) continue;
    const plan = parsePlan(context, file, decodePlan(read.bytes));
    if (plan.isPlan) plans.push({ plan, file });
    else context.cache.delete(file);
  }
  return plans;
}

/** Exits 2 when `file` is not there or is a folder: a mistyped path, not a refusal. */
export async function requireFile(file: string, context: CliContext): Promise<void> {
  let stat;
  try {
    stat = await context.files.stat(portPath(file));
  } catch (error) {
    throw new CliError(error instanceof FileError ? error.message : String(error), EXIT.usage);
  }
  if (!stat) throw new CliError(`no such file: ${file}`, EXIT.usage);
  if (stat.type === 'directory') throw new CliError(`${file} is a folder, not a plan file`, EXIT.usage);
}

/** One plan, read (not edited): a missing path exits 2, an unreadable or oversized file exits 1. */
export async function loadPlan(file: string, context: CliContext, maxBytes: number): Promise<{ plan: ParsedPlan; text: string }> {
  await requireFile(file, context);
  const read = await readPlanFile(context.files, file, maxBytes);
  if ('warning' in read) throw new CliError(read.warning.replace(/^skipping /, 'not reading '));
  return { plan: parsePlan(context, file, read.text), text: read.text };
}

/** The one day DAY names; none or several is a refusal that lists the candidates as `line:N  title`. */
export function dayOrRefuse(plan: ParsedPlan, spec: DaySpec, file: string): PlanNode {
  const found = lookupDay(plan, spec, file);
  if (found.ok) return found.day;
  throw new CliError([found.message, ...found.candidates.map((c) => `  ${c}`)].join('\n'));
}
