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
    // Set off as the journal sets off its entries (a review's compact journal got a blank line among none).
    ['without a blank line in a journal written without', ['# Journal', '## 2026-11-23', 'Read.', '## 2026-11-24', 'More.'], ['# Journal', '## 2026-11-23', 'Read.', '## 2026-11-24', 'More.', '## 2026-11-29', LINE]],
    ['with a blank line after HTML, in a journal written without', ['# Journal', '## 2026-11-23', 'Read.', '## 2026-11-24', '<details>', 'x', '</details>'], ['# Journal', '## 2026-11-23', 'Read.', '## 2026-11-24', '<details>', 'x', '</details>', '', '## 2026-11-29', LINE]],
    ['without a blank line, the newest first', ['# Journal', '## 2026-11-28', 'B.', '## 2026-11-27', 'A.'], ['# Journal', '## 2026-11-29', LINE, '## 2026-11-28', 'B.', '## 2026-11-27', 'A.']],
  ];
  for (const [what, before, after] of table) it(what, () => assert.strictEqual(log(lines(...before)), lines(...after)));

  // In date order, and in the week that holds the date (a trial's entries went to the end of the file, one of them
  // under the week after its own, and a newest-first journal's older date to its top).
  const LATE = '- \u23F1 2026-11-25 (25 min)';
  const placedTable: [string, string, string[], string[]][] = [
    ['between two entries running forward', '2026-11-25', ['# J', '', '## 2026-11-24', 'A.', '', '## 2026-11-27', 'B.', ''], ['# J', '', '## 2026-11-24', 'A.', '', '## 2026-11-25', LATE, '', '## 2026-11-27', 'B.', '']],
    ['before the first, running forward', '2026-11-25', ['# J', '', '## 2026-11-27', 'B.', '', '## 2026-11-28', 'C.'], ['# J', '', '## 2026-11-25', LATE, '', '## 2026-11-27', 'B.', '', '## 2026-11-28', 'C.']],
    ['between two entries, the newest first', '2026-11-25', ['# J', '', '## 2026-11-29', 'C.', '', '## 2026-11-27', 'B.', '', '## 2026-11-24', 'A.'], ['# J', '', '## 2026-11-29', 'C.', '', '## 2026-11-27', 'B.', '', '## 2026-11-25', LATE, '', '## 2026-11-24', 'A.']],
    ['after the last, the newest first', '2026-11-25', ['# J', '', '## 2026-11-29', 'C.', '', '## 2026-11-27', 'B.'], ['# J', '', '## 2026-11-29', 'C.', '', '## 2026-11-27', 'B.', '', '## 2026-11-25', LATE]],
    ['in its week, at its end', '2026-11-25', ['# Week 47 (Nov 16 \u2013 Nov 22, 2026)', '', '## Mon 16.11.2026', 'A.', '', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', '## Mon 23.11.2026', 'B.', ''],
      ['# Week 47 (Nov 16 \u2013 Nov 22, 2026)', '', '## Mon 16.11.2026', 'A.', '', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', '## Mon 23.11.2026', 'B.', '', '## Wed 25.11.2026', LATE, '']],
    ['in its week, not the next one', '2026-11-18', ['# Week 47 (Nov 16 \u2013 Nov 22, 2026)', '', '## Mon 16.11.2026', 'A.', '', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', '## Mon 23.11.2026', 'B.', ''],
      ['# Week 47 (Nov 16 \u2013 Nov 22, 2026)', '', '## Mon 16.11.2026', 'A.', '', '## Wed 18.11.2026', '- \u23F1 2026-11-18 (25 min)', '', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', '## Mon 23.11.2026', 'B.', '']],
    ['in an empty week heading written ahead', '2026-11-25', ['# Week 47 (Nov 16 \u2013 Nov 22, 2026)', '', '## Mon 16.11.2026', 'A.', '', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', 'Goals: joins.', ''],
      ['# Week 47 (Nov 16 \u2013 Nov 22, 2026)', '', '## Mon 16.11.2026', 'A.', '', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', 'Goals: joins.', '', '## Wed 25.11.2026', LATE, '']],
    ['a new week, headed as the week before it', '2026-12-02', ['# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', '## Mon 23.11.2026', 'B.', ''],
      ['# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '', '## Mon 23.11.2026', 'B.', '', '# Week 49 (Nov 30 \u2013 Dec 6, 2026)', '', '## Wed 02.12.2026', '- \u23F1 2026-12-02 (25 min)', '']],
    ['a new German week, before a later one', '2026-11-26', ['# KW 47 (16.11. \u2013 22.11.2026)', '', '## 17.11.2026', 'A.', '', '# KW 50 (07.12. \u2013 13.12.2026)', '', '## 08.12.2026', 'B.'],
      ['# KW 47 (16.11. \u2013 22.11.2026)', '', '## 17.11.2026', 'A.', '', '# KW 48 (23.11. \u2013 29.11.2026)', '', '## 26.11.2026', '- \u23F1 2026-11-26 (25 min)', '', '# KW 50 (07.12. \u2013 13.12.2026)', '', '## 08.12.2026', 'B.']],
    // From a review: weeks newest first, days forward within each; a week's entries a level below another week's;
    // a dated section beside the weeks that is no week.
    ['weeks newest first, days forward', '2026-11-24', ['## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'A.', '### 2026-11-26', 'B.', '## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'C.', '### 2026-11-19', 'D.'],
      ['## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'A.', '### 2026-11-24', LATE.replace('25', '24'), '### 2026-11-26', 'B.', '## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'C.', '### 2026-11-19', 'D.']],
    ['a new week above, weeks newest first', '2026-12-01', ['## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'A.', '### 2026-11-26', 'B.', '## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'C.'],
      ['## Week 49 (Nov 30 \u2013 Dec 6, 2026)', '### 2026-12-01', '- \u23F1 2026-12-01 (25 min)', '## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'A.', '### 2026-11-26', 'B.', '## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'C.']],
    ['at the level of its week\'s entries', '2026-11-18', ['## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'A.', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '## 2026-11-23', 'B.'],
      ['## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'A.', '### 2026-11-18', '- \u23F1 2026-11-18 (25 min)', '# Week 48 (Nov 23 \u2013 Nov 29, 2026)', '## 2026-11-23', 'B.']],
    ['a dated section beside the weeks is no week', '2026-11-21', ['## Week 46 (Nov 9 \u2013 Nov 15, 2026)', '### 2026-11-10', 'A.', '## Exam 2026-11-19', 'Room 4.'],
      ['## Week 46 (Nov 9 \u2013 Nov 15, 2026)', '### 2026-11-10', 'A.', '', '## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-21', '- \u23F1 2026-11-21 (25 min)', '## Exam 2026-11-19', 'Room 4.']],
    // The sections that go with a week stay with it (a trial's new week went between a week and its reflection).
    ['a new week after the week\'s reflection', '2026-12-02', ['## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'A.', '', '## Weekly reflection', 'Joins are fine.', ''],
      ['## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'A.', '', '## Weekly reflection', 'Joins are fine.', '', '## Week 49 (Nov 30 \u2013 Dec 6, 2026)', '### 2026-12-02', '- \u23F1 2026-12-02 (25 min)', '']],
    ['a new week after the last week\'s retro, each week having one', '2026-12-02', ['## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'A.', '## Retro', 'x', '## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'B.', '## Retro', 'y', '## Resources', '- [SQL](https://x.org)'],
      ['## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'A.', '## Retro', 'x', '## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-23', 'B.', '## Retro', 'y', '## Week 49 (Nov 30 \u2013 Dec 6, 2026)', '### 2026-12-02', '- \u23F1 2026-12-02 (25 min)', '## Resources', '- [SQL](https://x.org)']],
    ['a new week between two, after the first one\'s notes', '2026-11-25', ['# KW 47 (16.11. \u2013 22.11.2026)', '## 17.11.2026', 'A.', '# Notizen', 'n', '# KW 49 (30.11. \u2013 06.12.2026)', '## 01.12.2026', 'B.'],
      ['# KW 47 (16.11. \u2013 22.11.2026)', '## 17.11.2026', 'A.', '# Notizen', 'n', '# KW 48 (23.11. \u2013 29.11.2026)', '## 25.11.2026', '- \u23F1 2026-11-25 (25 min)', '# KW 49 (30.11. \u2013 06.12.2026)', '## 01.12.2026', 'B.']],
    // Entries dated without a year get one so too (a trial's German `### Mo 16.11.` under `## KW 47` were no entries).
    ['an entry dated without a year, in digits after a weekday', '2026-11-20', ['# Lerntagebuch', '', '## KW 47 (16.11. \u2013 22.11.2026)', '', '### Mo 16.11.', 'Joins.', ''],
      ['# Lerntagebuch', '', '## KW 47 (16.11. \u2013 22.11.2026)', '', '### Mo 16.11.', 'Joins.', '', '### Fr 20.11.', '- \u23F1 2026-11-20 (25 min)', '']],
    ['a new week of entries dated without a year', '2026-11-25', ['# Lerntagebuch', '', '## KW 47 (16.11. \u2013 22.11.2026)', '', '### Mo 16.11.', 'Joins.', ''],
      ['# Lerntagebuch', '', '## KW 47 (16.11. \u2013 22.11.2026)', '', '### Mo 16.11.', 'Joins.', '', '## KW 48 (23.11. \u2013 29.11.2026)', '', '### Mi 25.11.', '- \u23F1 2026-11-25 (25 min)', '']],
    ['an entry dated without a year, in words', '2026-11-20', ['# Journal', '', '## Week 47 (Nov 16 \u2013 22, 2026)', '', '### Mon Nov 16', 'Joins.', ''],
      ['# Journal', '', '## Week 47 (Nov 16 \u2013 22, 2026)', '', '### Mon Nov 16', 'Joins.', '', '### Fri Nov 20', '- \u23F1 2026-11-20 (25 min)', '']],
    // ...but not a section that says no week after the last, nor a month's divider between weeks.
    ['a new week before a section after the last that says no week', '2026-12-02', ['## Week 48 (Nov 23 \u2013 29, 2026)', '### 2026-11-23', 'A.', '', '## November goals', 'Finish SQL.'],
      ['## Week 48 (Nov 23 \u2013 29, 2026)', '### 2026-11-23', 'A.', '', '## Week 49 (Nov 30 \u2013 Dec 6, 2026)', '### 2026-12-02', '- \u23F1 2026-12-02 (25 min)', '', '## November goals', 'Finish SQL.']],
    ['a new week before a month\'s divider between weeks', '2026-11-25', ['## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'A.', '', '## December', '', '## Week 49 (Nov 30 \u2013 Dec 6, 2026)', '### 2026-12-01', 'B.'],
      ['## Week 47 (Nov 16 \u2013 Nov 22, 2026)', '### 2026-11-16', 'A.', '', '## Week 48 (Nov 23 \u2013 Nov 29, 2026)', '### 2026-11-25', '- \u23F1 2026-11-25 (25 min)', '', '## December', '', '## Week 49 (Nov 30 \u2013 Dec 6, 2026)', '### 2026-12-01', 'B.']],
    // In the entries' language (a trial's `Wed Nov 25, 2026` gave `2026-12-02`: `Nov` is Dutch and German too; its
    // Portuguese `Sábado` gave Spanish `Miércoles`), and a Portuguese week's year after `de` read (its entries were 2027's).
    ['a new week of entries in English words and a weekday', '2026-12-02', ['# Journal', '## Week of Nov 23, 2026', '### Mon Nov 23, 2026', 'Read.', '### Wed Nov 25, 2026', 'More.'],
      ['# Journal', '## Week of Nov 23, 2026', '### Mon Nov 23, 2026', 'Read.', '### Wed Nov 25, 2026', 'More.', '## Week of Nov 30, 2026', '### Wed Dec 2, 2026', '- \u23F1 2026-12-02 (25 min)']],
    ['a Portuguese entry over the new year', '2026-12-30', ['# Di\u00e1rio', '', '## Semana de 28 de dezembro de 2026 a 3 de janeiro de 2027', '', '### Segunda-feira, 28 de dezembro', 'Li.', '', '### S\u00e1bado, 2 de janeiro', 'Mais.', ''],
      ['# Di\u00e1rio', '', '## Semana de 28 de dezembro de 2026 a 3 de janeiro de 2027', '', '### Segunda-feira, 28 de dezembro', 'Li.', '', '### Quarta-feira, 30 de dezembro', '- \u23F1 2026-12-30 (25 min)', '', '### S\u00e1bado, 2 de janeiro', 'Mais.', '']],
    // Dutch weekdays' two letters before a date (a trial's `### ma 23 nov` journal was no journal).
    ['a Dutch entry of a weekday\'s two letters', '2026-11-27', ['# Dagboek', '', '## Week 48 (23 nov t/m 29 nov 2026)', '', '### ma 23 nov', 'Gelezen.', ''],
      ['# Dagboek', '', '## Week 48 (23 nov t/m 29 nov 2026)', '', '### ma 23 nov', 'Gelezen.', '', '### vr 27 nov', '- \u23F1 2026-11-27 (25 min)', '']],
    // A journal kept by months: in its month's section, or a new one headed as the others (a trial's December entry
    // went under `## November`).
    ['a new month\'s section in the entries\' language', '2026-12-02', ['# Lernjournal 2026', '', '## November', '', '### Mo 23.11.', 'Gelesen.', ''],
      ['# Lernjournal 2026', '', '## November', '', '### Mo 23.11.', 'Gelesen.', '', '## Dezember', '', '### Mi 02.12.', '- \u23F1 2026-12-02 (25 min)', '']],
    ['a new month\'s section above, the newest first, with its year', '2027-01-04', ['# Journal', '', '## December 2026', '', '### 2026-12-02', 'B.', '', '## November 2026', '', '### 2026-11-23', 'A.'],
      ['# Journal', '', '## January 2027', '', '### 2027-01-04', '- \u23F1 2027-01-04 (25 min)', '', '## December 2026', '', '### 2026-12-02', 'B.', '', '## November 2026', '', '### 2026-11-23', 'A.']],
    ['in its month\'s section, the newest first', '2026-11-25', ['# Journal', '', '## December 2026', '', '### 2026-12-02', 'B.', '', '## November 2026', '', '### 2026-11-23', 'A.'],
      ['# Journal', '', '## December 2026', '', '### 2026-12-02', 'B.', '', '## November 2026', '', '### 2026-11-25', '- \u23F1 2026-11-25 (25 min)', '', '### 2026-11-23', 'A.']],
    ['a section named by a month that holds another month\'s entry is no month\'s', '2026-12-02', ['# J', '', '## November', '', '### 2026-11-23', 'A.', '', '### 2026-12-01', 'B.', ''],
      ['# J', '', '## November', '', '### 2026-11-23', 'A.', '', '### 2026-12-01', 'B.', '', '### 2026-12-02', '- \u23F1 2026-12-02 (25 min)', '']],
    // An entry whose slashed date reads two ways alone is one in the journal's order (a trial's went above it).
    ['among entries dated day first, one of them read so only by the others', '2026-11-13', ['# D', '', '### Lunes 16/11/2026', '', 'x', '', '### Lunes 09/11/2026', '', 'y'],
      ['# D', '', '### Lunes 16/11/2026', '', 'x', '', '### Viernes 13/11/2026', '- \u23F1 2026-11-13 (25 min)', '', '### Lunes 09/11/2026', '', 'y']],
    // Weeks named by their number alone are the weeks their entries say (a trial's entry of the 25th went under Week 47).
    ['under a week named by its number alone, in the week its entries say', '2026-11-18', ['# J', '', '## Week 47', '', '### Mon 16.11.2026', '', 'x', ''],
      ['# J', '', '## Week 47', '', '### Mon 16.11.2026', '', 'x', '', '### Wed 18.11.2026', '- \u23F1 2026-11-18 (25 min)', '']],
    ['a new week named by its number alone, without the week before\'s topic', '2026-11-25', ['# J', '', '## Week 2 \u2013 Iceberg basics', '', '### Mon 16.11.2026', '', 'x', ''],
      ['# J', '', '## Week 2 \u2013 Iceberg basics', '', '### Mon 16.11.2026', '', 'x', '', '## Week 3', '', '### Wed 25.11.2026', '- \u23F1 2026-11-25 (25 min)', '']],
    ['a title with a year over the entries of one week is no week', '2026-11-25', ['# Journal 2026', '', '## Mon 16.11.2026', '', 'x', ''],
      ['# Journal 2026', '', '## Mon 16.11.2026', '', 'x', '', '## Wed 25.11.2026', '- \u23F1 2026-11-25 (25 min)', '']],
  ];
  for (const [what, date, before, after] of placedTable) {
    it(what, () => {
      const text = lines(...before);
      const outcome = logInNewEntry(text, parse(text), { ...session, date });
      assert.strictEqual(outcome.ok ? applied(text, outcome) : `refused: ${outcome.message}`, lines(...after));
    });
  }

  it('keeps a BOM first and CRLF line breaks when the new week goes above the first (a review\'s went before the BOM)', () => {
    const text = '\ufeff# Week 48 (Nov 23 \u2013 Nov 29, 2026)\r\n\r\n## 2026-11-23\r\nB.\r\n';
    const outcome = logInNewEntry(text, parse(text), { ...session, date: '2026-11-17' });
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    assert.strictEqual(applied(text, outcome), '\ufeff# Week 47 (Nov 16 \u2013 Nov 22, 2026)\r\n\r\n## 2026-11-17\r\n- \u23F1 2026-11-17 (25 min)\r\n\r\n# Week 48 (Nov 23 \u2013 Nov 29, 2026)\r\n\r\n## 2026-11-23\r\nB.\r\n');
  });

  it('refuses a week it cannot head as the others are, and says what to add', () => {
    const text = lines('# KW 5 (26. J\u00e4nner \u2013 1. Februar 2026)', '', '## 27.01.2026', 'A.');
    const outcome = logInNewEntry(text, parse(text), { ...session, date: '2026-02-03' });
    assert.ok(!outcome.ok);
    assert.match(outcome.message, /^no week section holds 2026-02-03, and its heading cannot be written as "KW 5/);
  });

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
