/**
 * What `status` says of mojibake (UTF-8 read through another code page and saved): a note on the plan it shows (the
 * active one, else the file of tasks it names), which it shows repaired as the tree does while the file still reads
 * `â€”` on GitHub and in the editor; and a mark on each other plan of a folder that holds some.
 */
import { detectEncoding, Lines, scanEncoding, type ParsedPlan } from '../core';
import { readPlanFile } from './files';
import { field, plural, shellWord } from './output';
import { loadPlan } from './plans';
import type { CliContext } from './verb';

interface Mojibake {
  readonly fixes: number;
  readonly lost: number;
  /** The file's own first sequence and its repair (`ðŸŽ¯` for `🎯`); empty when only lost bytes are left. */
  readonly example: string;
}

/** The mojibake outside code that `repair` would see; null for none (or a file gone since it was read). */
async function mojibakeIn(file: string, context: CliContext, maxBytes: number, loaded?: ParsedPlan): Promise<Mojibake | null> {
  try {
    // Most files hold none: the detector alone reads them. The model already loaded tells code from prose (a
    // second parse of every flagged plan cost a folder's status 12% on 300 plans).
    const read = await readPlanFile(context.files, file, maxBytes);
    const text = 'text' in read ? read.text : undefined;
    if (text === undefined || detectEncoding(text) === null) return null;
    const plan = loaded ?? (await loadPlan(file, context, maxBytes)).plan;
    const scan = scanEncoding(text, plan);
    // The file's own first one, as an example (a tracker full of `ðŸŽ¯` was told of `â€”`, which it did not hold).
    const first = scan.fixes[0];
    const example = first ? `${field(new Lines(text).at(first.range.start.line).slice(first.range.start.character, first.range.end.character))} for ${field(first.newText)}` : '';
    return scan.fixes.length + scan.lost.length > 0 ? { fixes: scan.fixes.length, lost: scan.lost.length, example } : null;
  } catch {
    return null;
  }
}

/**
 * The note on the file status shows (`shown`: the plan whose text is printed, repaired where it can be; none for a
 * file of tasks alone). Only sequences that lost a byte left: repair lists them to choose from (it writes none unchosen).
 */
export async function mojibakeNote(noted: string, shown: ParsedPlan | undefined, context: CliContext, maxBytes: number): Promise<string[]> {
  const mojibake = await mojibakeIn(noted, context, maxBytes, shown);
  if (!mojibake) return [];
  const file = field(noted);
  const repair = `learning-plans repair ${shellWord(noted)}`;
  return [mojibake.fixes > 0
    ? `Note: ${file} holds text saved through another code page (${mojibake.example})${shown ? ', shown repaired here' : ''}: ${repair} writes it back`
    : `Note: ${file} holds ${plural(mojibake.lost, 'sequence')} of text that lost a byte in another code page${shown ? ', shown as the likeliest reading here' : ''}: ${repair} lists ${mojibake.lost === 1 ? 'it' : 'them'} to choose for`];
}

/** The mark on another plan's line of the list, where it holds mojibake (a trial's folder never told of its tracker's); else empty. */
export async function mojibakeMark(file: string, plan: ParsedPlan, context: CliContext, maxBytes: number): Promise<string> {
  return (await mojibakeIn(file, context, maxBytes, plan)) === null ? '' : `text saved through another code page (learning-plans repair ${shellWord(file)})`;
}
