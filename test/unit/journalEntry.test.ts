/**
 * The heading a journal's new entry would have (the CLI's advice when a journal has no entry for a date): written
 * as the journal writes its entries, so that the entry added is read as one of them.
 */
import * as assert from 'assert';
import { journalEntryHeading } from '../../src/core/today/journalEntry';
import { lines, parse } from './helpers';

const cases: readonly { name: string; text: string[]; date: string; heading: string }[] = [
  { name: 'a week of weekday and date entries', text: ['# Study journal', '## Week 1', '### Monday 2026-11-23', 'Read about B-trees.', '### Tuesday 2026-11-24', 'SQL joins.'], date: '2026-11-27', heading: '### Friday 2026-11-27' },
  { name: 'dates alone', text: ['# Log', '## 2023-01-08', 'Read a chapter.', '## 2023-01-10', 'Lecture.'], date: '2023-01-12', heading: '## 2023-01-12' },
  { name: 'words after the date are the old entry\'s, left out; a short weekday stays short', text: ['# Log', '#### Mon 2026-11-23 - B-trees', 'Read.', '#### Tue 2026-11-24: joins', 'SQL.'], date: '2026-11-26', heading: '#### Thu 2026-11-26' },
  { name: 'a weekday in a spelling with no counterpart: the date alone', text: ['# Diário de estudo', '## segunda 2026-11-23', 'Li.', '## quarta 2026-11-25', 'Pratiquei.'], date: '2026-11-24', heading: '## 2026-11-24' },
  { name: 'punctuation between weekday and date is kept', text: ['# Log', '## Monday, 2026-11-23', 'Read.', '## Tuesday, 2026-11-24', 'SQL.'], date: '2026-11-27', heading: '## Friday, 2026-11-27' },
  { name: 'a German week, its case kept', text: ['# Lerntagebuch', '## Montag 2026-11-23', 'Gelesen.', '## Dienstag 2026-11-24', 'Geübt.'], date: '2026-11-28', heading: '## Samstag 2026-11-28' },
  { name: 'a lower-case Spanish weekday', text: ['# Diario', '### martes 2026-11-24', 'Leí.', '### miércoles 2026-11-25', 'Practiqué.'], date: '2026-11-29', heading: '### domingo 2026-11-29' },
  { name: 'upper case', text: ['# Log', '## MONDAY 2026-11-23', 'Read.', '## TUESDAY 2026-11-24', 'SQL.'], date: '2026-11-25', heading: '## WEDNESDAY 2026-11-25' },
  { name: 'a Chinese weekday', text: ['# 学习日志', '## 星期一 2026-11-23', '读书。', '## 星期二 2026-11-24', '练习。'], date: '2026-11-27', heading: '## 星期五 2026-11-27' },
  { name: 'a week headed by weekdays alone', text: ['# Week 12', '## Monday: Fresh Start', 'Read.', '## Tuesday', 'SQL.'], date: '2026-11-28', heading: '## Saturday' },
  // A trial's was advised `## 2026-11-28`: its weekdays have their dates from the week above them.
  { name: 'a dated week headed by weekdays', text: ['# Journal', '## Week of 2026-11-23', '### Monday', 'Read ch3.', '### Tuesday', 'SQL.'], date: '2026-11-28', heading: '### Saturday' },
  // ...and a date past that week is no weekday of it (a review's `### Sunday` was dated a week back).
  { name: 'a week begun on Sunday: its next Sunday is another week\'s', text: ['# Journal', '## Week of Sunday, 2026-11-22', '### Sunday', 'Read.', '### Saturday', 'SQL.'], date: '2026-11-29', heading: '## 2026-11-29' },
  { name: 'a date after the last dated week', text: ['# Journal', '## Week of 2026-11-16', '### Monday', 'Read ch3.', '### Tuesday', 'SQL.'], date: '2026-11-29', heading: '## 2026-11-29' },
  // In the entries' own form (a trial's `## 01.12.2026 – Fensterfunktionen` journal was told to add `## 2026-12-05`).
  { name: 'dates written in words: in words', text: ['# Log', '## January 8, 2023', 'Read.', '## January 9, 2023', 'Lecture.'], date: '2023-01-12', heading: '## January 12, 2023' },
  { name: 'dates with dots, a topic after them', text: ['# Lerntagebuch', '## 01.12.2026 \u2013 Fensterfunktionen', 'Notizen.', '## 03.12.2026 \u2013 CTEs', 'Mehr.'], date: '2026-12-05', heading: '## 05.12.2026' },
  { name: 'a weekday written with the date is the new date\'s', text: ['# Journal', '## Tue, Dec 1, 2026 - Joins', 'Notes.', '## Thu, Dec 3, 2026', 'More.'], date: '2026-12-05', heading: '## Sat, Dec 5, 2026' },
  { name: 'a Spanish date in words with its weekday', text: ['# Diario', '## Martes, 1 de diciembre de 2026', 'Notas.', '## Jueves, 3 de diciembre de 2026', 'M\u00E1s.'], date: '2026-12-05', heading: '## S\u00E1bado, 5 de diciembre de 2026' },
  // A weekday after the date, alone, is renamed (a trial's `## 2026-11-27 (Friday)` gave `## 2026-11-28`).
  { name: 'a weekday in brackets after the date', text: ['# Log', '## 2026-11-26 (Thursday)', 'A.', '## 2026-11-27 (Friday)', 'B.'], date: '2026-11-28', heading: '## 2026-11-28 (Saturday)' },
  { name: 'a short weekday after a dash, German dates', text: ['# Lerntagebuch', '## 26.11.2026 \u2013 Do', 'A.', '## 27.11.2026 \u2013 Fr', 'B.'], date: '2026-11-30', heading: '## 30.11.2026 \u2013 Mo' },
  // Slashed dates in the journal's order, where its dates say it (a trial's `## 11/03/2026` became `## 2026-11-03`).
  { name: 'slashed month first, a day of 12 or less', text: ['# Journal', '## 11/25/2026', 'Read.', '## 11/27/2026', 'Wrote.'], date: '2026-11-03', heading: '## 11/03/2026' },
  { name: 'slashed day first, a day of 12 or less', text: ['# Diario', '### Lunes 16/11/2026', 'x', '### Martes 17/11/2026', 'y'], date: '2026-11-10', heading: '### Martes 10/11/2026' },
  { name: 'a weekday before the date and after it: both renamed', text: ['# Log', '## Thursday, 2026-11-26 (Thu)', 'A.', '## Friday, 2026-11-27 (Fri)', 'B.'], date: '2026-11-28', heading: '## Saturday, 2026-11-28 (Sat)' },
  { name: 'a weekday that is not the date\'s is a word like any other: left out', text: ['# Log', '## 2026-11-27 (Thursday)', 'B.'], date: '2026-11-28', heading: '## 2026-11-28' },
];

describe('journalEntryHeading: a new entry written as the journal writes its entries', () => {
  for (const c of cases) {
    it(c.name, () => {
      const plan = parse(lines(...c.text), 'file:///ws/journal.md');
      assert.ok(plan.journal, 'read as a journal');
      const heading = journalEntryHeading(plan, c.date);
      assert.strictEqual(heading, c.heading);
      // The heading advised is read back as an entry of that date.
      const added = parse(lines(...c.text, heading, 'Notes.'), 'file:///ws/journal.md');
      assert.ok(added.journal);
      const entry = added.days.at(-1);
      const weekday = new Date(`${c.date}T12:00:00Z`).getUTCDay() || 7;
      assert.ok(entry?.date === c.date || entry?.weekday === weekday, 'the entry of that date');
      // A weekday it names is the date's (a review found `Tue 2026-11-26` advised for a Thursday).
      assert.ok(entry?.weekday === null || entry?.weekday === weekday, `weekday ${entry?.weekday} of ${c.date}`);
    });
  }
});
