import { applyEditsToBytes, ByteEditError, rewriteFile, type EditOutcome, type ParsedPlan, type Revision } from '../core';
import { decodePlan, looksBinary } from './files';
import { portPath } from './nodeFileSystem';
import { parsePlan, requireFile } from './plans';
import { CliError, EXIT, type CliContext } from './verb';
import { field } from './output';
import { refuseLeavingLink, writesResolved } from './pathSafety';

/** What a refusal of a linked plan adds: it may be edited where it is, named so. */
export const PLAN_HINT = 'the file is {0}: name it to edit it there';

/** Computes the edit from the plan as it is now; called again with the new text if the file changed meanwhile. */
export type PlanEdit = (text: string, plan: ParsedPlan) => EditOutcome;

/**
 * Edits a plan the safe way (see core/fs/atomicRewrite.ts): only the edited lines' bytes change; the new
 * file is written beside the plan, flushed, and renamed over it only if the plan still holds the bytes
 * that were read; if another process changed it, the edit is located again in the new text and retried.
 * Refusals and failures exit 1 with one line, and the plan keeps every byte it had.
 */
export async function editPlan(file: string, context: CliContext, maxBytes: number, edit: PlanEdit): Promise<{ written: boolean; summary: string }> {
  await requireFile(file, context);
  // Not written through a link out of its repository (a trial's `done` stamped a file outside): see pathSafety.ts.
  const real = portPath(refuseLeavingLink(file, PLAN_HINT));
  const revise = (bytes: Uint8Array): Revision => {
    if (looksBinary(bytes)) return { kind: 'refuse', message: `${file} looks like a binary file` };
    const text = decodePlan(bytes);
    const outcome = edit(text, parsePlan(context, file, text));
    if (!outcome.ok) return { kind: 'refuse', message: outcome.message };
    if (outcome.edits.length === 0) return { kind: 'unchanged', summary: outcome.summary };
    try {
      return { kind: 'write', bytes: applyEditsToBytes(bytes, outcome.edits), summary: outcome.summary };
    } catch (error) {
      // Which file, and what to do about it (a learner's Latin-1 plan was refused with a line number alone).
      if (error instanceof ByteEditError) return { kind: 'refuse', message: `${field(file)}: ${error.message} (a file saved in another encoding, such as Latin-1 or Windows-1252, can be edited here once saved as UTF-8)` };
      throw error;
    }
  };
  const result = await rewriteFile(context.files, real, revise, { maxBytes, resolved: writesResolved });
  if (result.ok) return { written: result.written, summary: result.summary };
  const message = result.message.replace(real, file);
  if (result.reason === 'failed') throw new CliError(`${message}; ${file} is unchanged`, EXIT.refused);
  // A refusal with candidates (an ambiguous DAY) lists them on lines of their own, indented.
  const [first, ...candidates] = message.split('\n');
  if (candidates.length > 0 && candidates.every((line) => line.startsWith('  '))) throw new CliError(first, EXIT.refused, [...candidates, 'nothing written']);
  throw new CliError(`${message}; nothing written`, EXIT.refused);
}
