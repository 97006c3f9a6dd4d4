import { applyEditsToBytes, ByteEditError, rewriteFile, unifiedDiff, type EditOutcome, type ParsedPlan, type Revision } from '../core';
import { decodePlan, looksBinary } from './files';
import { portPath } from './nodeFileSystem';
import { parsePlan, requireFile } from './plans';
import { CliError, EXIT, type CliContext } from './verb';
import { diffLabels, field } from './output';
import { refuseLeavingLink, writesResolved } from './pathSafety';

/** What a refusal of a linked plan adds: it may be edited where it is, named so. */
export const PLAN_HINT = 'the file is {0}: name it to edit it there';

/** Computes the edit from the plan as it is now; called again with the new text if the file changed meanwhile. */
export type PlanEdit = (text: string, plan: ParsedPlan) => EditOutcome;

/** What a verb's `--dry-run` says after its summary. */
export const DRY_RUN_NOTE = ' (dry run: nothing written)';

/** `changed`: the edit changes the file (written, or with `dryRun` would be: its diff was printed). */
export interface PlanEditResult {
  readonly written: boolean;
  readonly changed: boolean;
  readonly summary: string;
}

/**
 * Edits a plan the safe way (see core/fs/atomicRewrite.ts): only the edited lines' bytes change; the new
 * file is written beside the plan, flushed, and renamed over it only if the plan still holds the bytes
 * that were read; if another process changed it, the edit is located again in the new text and retried.
 * Refusals and failures exit 1 with one line, and the plan keeps every byte it had. With `dryRun` the edit is
 * computed as it would be written and its diff printed; nothing is written.
 */
export async function editPlan(file: string, context: CliContext, maxBytes: number, edit: PlanEdit, dryRun = false): Promise<PlanEditResult> {
  await requireFile(file, context);
  // Not written through a link out of its repository (a trial's `done` stamped a file outside): see pathSafety.ts.
  const real = portPath(refuseLeavingLink(file, PLAN_HINT));
  let preview = '';
  const revise = (bytes: Uint8Array): Revision => {
    if (looksBinary(bytes)) return { kind: 'refuse', message: `${file} looks like a binary file` };
    const text = decodePlan(bytes);
    const outcome = edit(text, parsePlan(context, file, text));
    if (!outcome.ok) return { kind: 'refuse', message: outcome.message };
    if (outcome.edits.length === 0) return { kind: 'unchanged', summary: outcome.summary };
    try {
      const written = applyEditsToBytes(bytes, outcome.edits);
      // --dry-run: the diff of what would be written (the bytes were made, so a file that cannot take the edit is refused
      // as the write would refuse it), and nothing written. The labels are one line each whatever the name holds.
      if (dryRun) {
        preview = unifiedDiff(text, outcome.edits, diffLabels(file));
        return { kind: 'unchanged', summary: outcome.summary };
      }
      return { kind: 'write', bytes: written, summary: outcome.summary };
    } catch (error) {
      // Which file, and what to do about it (a learner's Latin-1 plan was refused with a line number alone).
      if (error instanceof ByteEditError) return { kind: 'refuse', message: `${field(file)}: ${error.message} (a file saved in another encoding, such as Latin-1 or Windows-1252, can be edited here once saved as UTF-8)` };
      throw error;
    }
  };
  const result = await rewriteFile(context.files, real, revise, { maxBytes, resolved: writesResolved });
  // What the write would refuse after computing the edit, --dry-run refuses too: a plan this process may not write.
  if (result.ok && preview !== '' && !(await context.files.writable(real))) throw new CliError(`${file} is read-only (no permission to write it); nothing written`, EXIT.refused);
  if (result.ok && preview !== '') context.io.out(preview.replace(/\n$/, ''));
  if (result.ok) return { written: result.written, changed: result.written || preview !== '', summary: result.summary };
  const message = result.message.replace(real, file);
  if (result.reason === 'failed') throw new CliError(`${message}; ${file} is unchanged`, EXIT.refused);
  // A refusal with candidates (an ambiguous DAY) lists them on lines of their own, indented.
  const [first, ...candidates] = message.split('\n');
  if (candidates.length > 0 && candidates.every((line) => line.startsWith('  '))) throw new CliError(first, EXIT.refused, [...candidates, 'nothing written']);
  throw new CliError(`${message}; nothing written`, EXIT.refused);
}
