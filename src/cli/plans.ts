import * as fs from 'fs';
import { inMemoryDocument, type ParsedPlan } from '../core';
import { findMarkdownFiles, MissingPathError, readPlanFile } from './files';
import { CliError, EXIT, type CliContext } from './verb';

export interface LoadedPlan {
  readonly plan: ParsedPlan;
  readonly file: string;
}

/** The plans under the paths (warnings go to stderr; non-plans are left out); a missing path exits 2. */
export function loadPlans(paths: readonly string[], context: CliContext): LoadedPlan[] {
  let files: string[];
  try {
    files = findMarkdownFiles(paths);
  } catch (error) {
    if (error instanceof MissingPathError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  const plans: LoadedPlan[] = [];
  for (const file of files) {
    const read = readPlanFile(file);
    if ('warning' in read) {
      context.io.err(`learning-plans: warning: ${read.warning}`);
      continue;
    }
    const plan = context.cache.get(inMemoryDocument(file, read.text));
    if (plan.isPlan) plans.push({ plan, file });
  }
  return plans;
}

/** One plan file read and parsed for an editing command; a missing or unreadable file exits 2. */
export function loadPlanForEdit(file: string, context: CliContext): { text: string; bytes: Uint8Array; plan: ParsedPlan } {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`no such file: ${file}`, EXIT.usage);
  const read = readPlanFile(file);
  if ('warning' in read) throw new CliError(read.warning, EXIT.usage);
  return { text: read.text, bytes: read.bytes, plan: context.cache.get(inMemoryDocument(file, read.text)) };
}
