import { applyTextEdits, repairEncoding, scanEncoding, type ConfirmedReading, type EncodingScan, type LostSequence } from '../../core';
import { ArgReader, exactly } from '../options';
import { field, plural } from '../output';
import { editPlan } from '../planEdits';
import { loadPlan } from '../plans';
import { EXIT, UsageError, type CliContext, type Verb } from '../verb';

/**
 * `repair FILE`: the extension's Repair Text Encoding for a learner without VS Code (a journal saved through another
 * code page reads `â€”` for `—`, and the CLI showed it repaired while the file stayed as it was).
 */
export const repairVerb: Verb = {
  name: 'repair',
  summary: 'Repair text saved through another code page (mojibake: â€” for —)',
  usage: 'repair <file> [--dry-run] [--choose LINE:COLUMN=CHAR[,...]] [--max-size 5MB]',
  description: `Repair mojibake: UTF-8 text that was read through another code page and saved (â€” for —, ðŸŽ¯ for 🎯).
Every sequence that decodes to one character is written back as it, in one write; nothing inside code changes.
A sequence that lost a byte on the way could stand for several characters: each is listed with its candidates
and left as it is, unless --choose names the one meant (LINE:COLUMN as listed, 1-based). --dry-run prints the
lines as they would read and writes nothing.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const dryRun = reader.flag('--dry-run');
    const chooseText = reader.value('--choose');
    const maxBytes = reader.maxSize();
    const [file] = exactly(reader.positionals(), 1, 'repair', 'a file');
    const choices = chooseText === null ? [] : parseChoices(chooseText);
    const { plan, text } = await loadPlan(file, context, maxBytes);
    const scan = scanEncoding(text, plan);
    const confirmed = confirm(scan, choices, text, context);
    if (dryRun) {
      const outcome = repairEncoding(text, plan, confirmed);
      if (outcome.ok && outcome.edits.length > 0) {
        const before = text.split(/\r\n|\r|\n/);
        const after = applyTextEdits(text, outcome.edits).split(/\r\n|\r|\n/);
        const lines = [...new Set(outcome.edits.map((edit) => edit.range.start.line))];
        context.io.out(lines.map((line) => `line ${line + 1}: ${field(after[line] ?? before[line])}`).join('\n'));
      }
      context.io.out(`${field(file)}: nothing written (dry run); the repair would say: ${outcome.ok ? outcome.summary : outcome.message}`);
    } else {
      const { summary, written } = await editPlan(file, context, maxBytes, (current, currentPlan) => repairEncoding(current, currentPlan, confirmed));
      context.io.out(`${field(file)}: ${summary}`);
      // Listed where they are now: a repair before one on its line moved it (from a review: --choose with the
      // column listed after a write named nothing).
      if (written) {
        const after = await loadPlan(file, context, maxBytes);
        listLost(scanEncoding(after.text, after.plan).lost, context);
        return EXIT.ok;
      }
    }
    listLost(scan.lost.filter((lost) => !confirmed.some((c) => c.line === lost.line && c.start === lost.start)), context);
    return EXIT.ok;
  },
};

/** The sequences that lost a byte, each with its position (as --choose takes it) and its readings. */
function listLost(left: readonly LostSequence[], context: CliContext): void {
  if (left.length > 0) {
    context.io.out(`${plural(left.length, 'sequence')} lost a byte; each could stand for any of these (choose with --choose LINE:COLUMN=CHAR):`);
    for (const lost of left) context.io.out(`  ${lost.line + 1}:${lost.start + 1}  ${field(lost.text)}  ${lost.readings.map(field).join(' ')}`);
  }
}

interface Choice {
  readonly line: number;
  readonly column: number;
  readonly reading: string;
}

function parseChoices(text: string): Choice[] {
  return text.split(',').map((part) => {
    const match = /^(\d{1,7}):(\d{1,7})=(.+)$/su.exec(part.trim());
    if (!match) throw new UsageError(`--choose takes LINE:COLUMN=CHAR (as repair lists them: 14:52=—), not '${part}'`);
    return { line: Number(match[1]) - 1, column: Number(match[2]) - 1, reading: match[3] };
  });
}

/** The readings chosen, matched with the sequences that lost a byte; a choice that names none is a usage error. */
function confirm(scan: EncodingScan, choices: readonly Choice[], text: string, context: CliContext): ConfirmedReading[] {
  const lines = choices.length === 0 ? [] : text.split(/\r\n|\r|\n/);
  return choices.flatMap((choice) => {
    const lost = scan.lost.find((s) => s.line === choice.line && s.start === choice.column);
    const where = `${choice.line + 1}:${choice.column + 1}`;
    // The same --choose run again (from the shell's history): the character is there already, nothing to do (it
    // was a usage error, exit 2: a trial's).
    if (!lost && (lines[choice.line] ?? '').startsWith(choice.reading, choice.column)) {
      context.io.err(`learning-plans: ${where} reads ${field(choice.reading)} already: nothing to choose there`);
      return [];
    }
    if (!lost) throw new UsageError(`no sequence that lost a byte starts at ${where} (repair --dry-run lists them)`);
    if (!lost.readings.includes(choice.reading)) throw new UsageError(`${field(choice.reading)} is not a reading of ${field(lost.text)} at ${where}: one of ${lost.readings.map(field).join(' ')}`);
    return [{ line: lost.line, start: lost.start, text: lost.text, reading: choice.reading }];
  });
}
