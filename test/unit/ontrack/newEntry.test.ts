// A session logged in a dated journal on a date it has no entry for (src/core/today/newJournalEntry.ts): the entry is written
// with it, headed as the journal heads its entries, where the journal's order puts it. Before/after.
import * as assert from 'assert';
import { logInNewEntry, needsNewEntry } from '../../../src/core';
import { applied } from '../edits/applyBytes';
import { lines, parse } from '../helpers';

const session = { date: '2026-11-29', from: null, to: null, minutes: 25 };
const LINE = '- \u23F1 2026-11-29 (25 min)';

function log(text: string): string {
  const plan = parse(text);
  const outcome = logInNewEntry(text, plan, session);
  return outcome.ok ? applied(text, outcome) : `refused: ${outcome.message}`;
}

describe('a session in a new journal entry', () => {
  const table: [string, string[], string[]][] = [
    ['after the last entry, entries running forward', ['# Journal', '', '## 2026-11-23', 'Read.', '', '## 2026-11-24', 'More.', ''], ['# Journal', '', '## 2026-11-23', 'Read.', '', '## 2026-11-24', 'More.', '', '## 2026-11-29', LINE, '']],
    ['before the first, the newest first', ['# Journal', '', '## 2026-11-28', 'B.', '', '## 2026-11-27', 'A.'], ['# Journal', '', '## 2026-11-29', LINE, '', '## 2026-11-28', 'B.', '', '## 2026-11-27', 'A.']],
    // A trial's German journal was refused ("add one (## 2026-12-05)"): entries dated otherwise than ISO get one too.
    ['entries dated with dots', ['# Lerntagebuch', '', '## 26.11.2026 \u2013 Fensterfunktionen', 'Notizen.', '', '## 27.11.2026 \u2013 CTEs', 'Mehr.', ''], ['# Lerntagebuch', '', '## 26.11.2026 \u2013 Fensterfunktionen', 'Notizen.', '', '## 27.11.2026 \u2013 CTEs', 'Mehr.', '', '## 29.11.2026', LINE, '']],
    ['entries dated in words, newest first', ['# Journal', '', '## Nov 28, 2026', 'B.', '', '## Nov 27, 2026', 'A.'], ['# Journal', '', '## Nov 29, 2026', LINE, '', '## Nov 28, 2026', 'B.', '', '## Nov 27, 2026', 'A.']],
    ['headed as the entries are, before a section that is no entry', ['# J', '### Friday 2026-11-27', 'A.', '', '', '## Notes', 'x'], ['# J', '### Friday 2026-11-27', 'A.', '', '### Sunday 2026-11-29', LINE, '', '', '## Notes', 'x']],
  ];
  for (const [what, before, after] of table) it(what, () => assert.strictEqual(log(lines(...before)), lines(...after)));

  it('keeps CRLF line breaks', () => {
    assert.strictEqual(log('# J\r\n\r\n## 2026-11-23\r\nRead.\r\n'), `# J\r\n\r\n## 2026-11-23\r\nRead.\r\n\r\n## 2026-11-29\r\n${LINE}\r\n`);
  });

  it('is needed only in a journal of dated entries with none on the date', () => {
    assert.ok(needsNewEntry(parse(lines('# J', '## 2026-11-23', 'Read.')), '2026-11-29'));
    assert.ok(!needsNewEntry(parse(lines('# J', '## 2026-11-23', 'Read.', '## 2026-11-29', 'x')), '2026-11-29'), 'an entry on the date');
    assert.ok(!needsNewEntry(parse(lines('# P', '### Day 1', '- [ ] a', '### Day 2', '- [ ] b')), '2026-11-29'), 'a plan');
    assert.ok(!needsNewEntry(parse(lines('# Week', '## Monday', 'a', '## Tuesday', 'b')), '2026-11-29'), 'a journal of weekdays');
  });
});
