/**
 * A session logged in a dated journal on a date it has no entry for: the entry is written with it (`## 2026-12-04`,
 * headed as the journal heads its entries, then `- ⏱ 2026-12-04 (25 min)`), where the journal's order puts it: after
 * its last entry when its entries run forward, before its first when the newest comes first. A trial's `log
 * journal.md today 25m` was refused, told to add the heading by hand.
 */
import * as l10n from '@vscode/l10n';
import type { EditOutcome } from '../edits/completionEdits';
import { applyTextEdits, Lines, type TextEdit } from '../edits/textEdit';
import { inMemoryDocument } from '../document';
import { buildPlan } from '../parse/buildPlan';
import { isBlank } from '../grammar/lineSyntax';
import { sessionText, type SessionMark } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode } from '../model';
import { formatMinutes } from '../study/duration';
import { journalEntryHeading, writtenDateIn } from './journalEntry';

/** Whether `date` needs an entry of its own in the journal: one dated by headings, none on that date. */
export function needsNewEntry(plan: ParsedPlan, date: string): boolean {
  return plan.journal && entriesOf(plan).length > 0 && !plan.days.some((day) => day.date === date);
}

/** The journal's entries headed by a date (their title writes it: `2026-12-01`, `01.12.2026`), in the file's order. */
function entriesOf(plan: ParsedPlan): PlanNode[] {
  return plan.days.filter((day) => day.form === 'heading' && day.number === null && day.date !== null && day.level > 1 && writtenDateIn(day.title, day.date) !== null);
}

export function logInNewEntry(text: string, plan: ParsedPlan, session: SessionMark): EditOutcome {
  const entries = entriesOf(plan);
  const heading = journalEntryHeading(plan, session.date);
  if (!needsNewEntry(plan, session.date) || writtenDateIn(heading, session.date) === null) {
    return { ok: false, message: l10n.t('the journal has no entry headed by a date to write {0} beside', session.date) };
  }
  const lines = new Lines(text);
  const first = entries[0];
  const last = entries[entries.length - 1];
  // Newest first when the first entry is dated after the last (one entry: forward).
  const newestFirst = entries.length > 1 && first.date! > last.date!;
  const block = [heading, `- ${sessionText(session, formatMinutes)}`];
  let edit: TextEdit;
  if (newestFirst) {
    const at = { line: first.line, character: 0 };
    const eol = lines.breakAfter(first.line);
    edit = { range: { start: at, end: at }, newText: block.join(eol) + eol + eol };
  } else {
    // After the last entry's last line of text (its blank lines and what follows stay after the new entry).
    let end = last.endLine - 1;
    while (end > last.line && isBlank(lines.at(end))) end--;
    const at = { line: end, character: lines.at(end).length };
    const eol = lines.breakAfter(end);
    edit = { range: { start: at, end: at }, newText: eol + eol + block.join(eol) };
  }
  const result = buildPlan(inMemoryDocument(plan.uri, applyTextEdits(text, [edit]), plan.version + 1));
  const made = result.days.filter((day) => day.date === session.date);
  if (result.days.length === plan.days.length + 1 && made.length === 1 && made[0].sessions.length === 1) {
    return { ok: true, edits: [edit], summary: l10n.t('Logged {0} in a new entry, "{1}"', formatMinutes(session.minutes), made[0].title) };
  }
  return { ok: false, message: l10n.t('a new entry for {0} cannot be written without changing the text around it; add "{1}" by hand', session.date, heading) };
}
