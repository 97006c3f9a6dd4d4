/**
 * A weekday heading under a heading that dates its week is that week's day (a trial's `## Week of 2026-11-23`
 * journal: `show j.md 2026-11-27` found Friday, but status named no day missed and its days no date).
 */
import * as assert from 'assert';
import { currentDayOf, missedDatedDays } from '../../src/core';
import { planStampDates } from '../../src/core/today/streak';
import { parse } from './helpers';

const WEEK = '# Journal\n\n## Week of 2026-11-23\n\n### Monday\nRead ch3.\n\n### Tuesday\n- [ ] Rustlings\n\n### Friday\n- [ ] CLI\n';

describe('weekday headings under a dated week', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['a week of its date', WEEK, ['2026-11-23', '2026-11-24', '2026-11-27']],
    ['a week begun on Sunday keeps its Sunday first', '## Week of Sunday, 2026-11-22\n### Sunday\n- [ ] a\n### Saturday\n- [ ] b\n', ['2026-11-22', '2026-11-28']],
    // A range with its year written once, at its end, starts at its first date (a trial's `Nov 30 – Dec 6, 2026` was
    // dated from Dec 6: its Wednesday a week late, and the journal's days all wrong).
    ['a week written as a range with its year once', '## Week 48 (Nov 23 - 29, 2026)\n### Wednesday\n- [ ] a\n### Thursday\n- [ ] b\n', ['2026-11-25', '2026-11-26']],
    ['a range over two months', '# Week 49 (Nov 30 \u2013 Dec 6, 2026)\n## Monday\nRest.\n## Wednesday\n- [x] a\n', ['2026-11-30', '2026-12-02']],
    ['a range day first', '## Week 49 (30 Nov \u2013 6 Dec 2026)\n### Monday\n- [ ] a\n### Sunday\n- [ ] b\n', ['2026-11-30', '2026-12-06']],
    ['a range over the new year', '## Week 53 (Dec 28 \u2013 Jan 3, 2027)\n### Monday\n- [ ] a\n### Sunday\n- [ ] b\n', ['2026-12-28', '2027-01-03']],
    ['a German range', '## KW 49 (30.11. \u2013 06.12.2026)\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    // Its first day alone (a trial's `16–22 Nov 2026` was read as a week from the 22nd), across a month too.
    ['a range of its first day alone', '## Week 47 (16\u201322 Nov 2026)\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-11-16', '2026-11-20']],
    ['a range of its first day alone, across a month', '## Semana 49 (30\u20136 dic 2026)\n### Lunes\n- [ ] a\n### Viernes\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    // Its days joined by a word or written as ordinals (a trial's `7th–13th December` and `du 7 au 13` went a week late).
    ['a range of ordinals', '## Week of 7th\u201313th December 2026\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a range of ordinals after the month', '## Week of December 7th\u201313th, 2026\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a range joined by to', '## Week of Dec 7 to 13, 2026\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a range joined by to, both months named', '## Week of Dec 28 to Jan 3, 2027\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-12-28', '2027-01-01']],
    ['a French range', '## Semaine du 7 au 13 d\u00e9cembre 2026\n### Lundi\n- [ ] a\n### Vendredi\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a French range from the first', '## Semaine du 1er au 7 f\u00e9vrier 2027\n### Lundi\n- [ ] a\n### Vendredi\n- [ ] b\n', ['2027-02-01', '2027-02-05']],
    ['a Spanish range', '## Semana del 7 al 13 de diciembre de 2026\n### Lunes\n- [ ] a\n### Viernes\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a German range of days', '## Woche 7. bis 13. Dezember 2026\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a German range of dotted days', '## KW 50: 7.\u201313. Dezember 2026\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a Dutch range', '## Week 50 (7 t/m 13 december 2026)\n### Maandag\n- [ ] a\n### Vrijdag\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    // ...over two months, both named (a trial's Spanish week went from its last day, its entries into the week before).
    ['a Spanish range over two months', '## Semana del 30 de noviembre al 6 de diciembre de 2026\n### Lunes\n- [ ] a\n### Viernes\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    ['a German range over two months', '## Woche vom 30. November bis 6. Dezember 2026\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    ['a French range over two months', '## Semaine du 30 novembre au 6 d\u00e9cembre 2026\n### Lundi\n- [ ] a\n### Vendredi\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    ['a joining word in prose before a date changes nothing', '## Week 48: chapters 3 to 5 (2026-11-23)\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-11-23', '2026-11-27']],
    ['a week\'s number before bis is no day: any week', '## KW 11 bis 15. M\u00e4rz 2026\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', [null, null]],
    ['bis before a date alone is its end: any week', '## Woche 48 bis 29.11.2026\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', [null, null]],
    ['a sprint\'s number before a date is no range', '## Sprint 3 - 15 Nov 2026\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-11-16', '2026-11-20']],
    ['a version number before a date is no range: the date starts the week', '## Release 1.2 - 2026-11-30\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    // From a review: versions are no dates (the dot after the month says one); weekdays and `bis` inside a range.
    ['a version before a range is none', '## Release 3.11 - Nov 30, 2026\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    ['a German range with weekdays', '## KW 49 (Mo., 30.11. \u2013 So., 06.12.2026)\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    ['a German range with bis', '## KW 49 (30.11. bis 06.12.2026)\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    // A second review's: the start's last dot left out, with a dotted end, is a range still (its week went a week late).
    ['a German range without the start\'s last dot', '## KW 49 (30.11 \u2013 06.12.2026)\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-11-30', '2026-12-04']],
    ['a version before a range is none, dotted or not', '## Node 22.11 \u2013 Dec 6, 2026\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-12-07', '2026-12-11']],
    ['a numbered week with a full date', '## Week 48 (from 23.11.2026)\n### Wednesday\n- [ ] a\n### Thursday\n- [ ] b\n', ['2026-11-25', '2026-11-26']],
    ['two weeks, each its own', '## Week of 2026-11-16\n### Monday\n- [ ] a\n## Week of 2026-11-23\n### Monday\n- [ ] b\n', ['2026-11-16', '2026-11-23']],
    ['no date above: any week', '## Week 3\n### Monday\n- [ ] a\n### Tuesday\n- [ ] b\n', [null, null]],
    ['a heading written with its own date keeps it', '## Week of 2026-11-23\n### Monday 2026-11-30\n- [ ] a\n### Tuesday\n- [ ] b\n', ['2026-11-30', '2026-11-24']],
    // From a review: only the heading right above, and only a date it names as its week's start.
    ['an undated week under a dated phase: any week', '## Phase 1 (from 2026-11-02)\n### Week 1\n#### Monday\n- [ ] a\n### Week 2\n#### Monday\n- [ ] b\n', [null, null]],
    ['a date of another kind: any week', '## Routine (updated 2026-01-05)\n### Monday\n- [ ] a\n### Wednesday\n- [ ] b\n', [null, null]],
    ['a due date: any week', '## Sprint 3 \u2014 due 2026-12-15\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', [null, null]],
    ['a week\'s end: any week', '## Week ending 2026-11-29\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', [null, null]],
    ['a German week', '## Woche vom 23.11.2026\n### Montag\n- [ ] a\n### Freitag\n- [ ] b\n', ['2026-11-23', '2026-11-27']],
    // ...and a week's first date however it is written (a second review's: these had lost theirs).
    ['a week and its date in parentheses', '## Week 1 (2026-01-05)\n### Monday\n- [ ] a\n### Friday\n- [ ] b\n', ['2026-01-05', '2026-01-09']],
    ['a week and its range', '## Week 2: 2026-01-12 to 2026-01-18\n### Tuesday\n- [ ] a\n### Sunday\n- [ ] b\n', ['2026-01-13', '2026-01-18']],
    ['a Kalenderwoche', '## KW 2 (05.01.2026)\n### Dienstag\n- [ ] a\n### Mittwoch\n- [ ] b\n', ['2026-01-06', '2026-01-07']],
  ];
  for (const [name, text, dates] of cases) {
    it(name, () => assert.deepStrictEqual(parse(text).days.map((day) => day.date), dates));
  }

  it('a journal\'s entry holding only what is still to do is no study; one written, or a task checked in it, is (a trial\'s streak counted an open task)', () => {
    const plan = parse('# J\n\n## 2026-11-26\nRead chapter.\n\n## 2026-11-27\n- [x] Wrote code\n\n## 2026-11-28\n- [ ] Review flashcards\n\n## Monday, 2026-11-30\n');
    assert.deepStrictEqual([plan.journal, [...planStampDates(plan)]], [true, ['2026-11-26', '2026-11-27']]);
  });

  it('a plan by week with a day of notes stays a plan: its weekdays\' dates are the week\'s, no journal\'s (a review\'s)', () => {
    const plan = parse('# Spanish study plan\n## Week of 2026-11-23\n### Monday\n- [ ] Flashcards: greetings\n### Wednesday\nRest and review notes from Monday.\n### Friday\n- [ ] Flashcards: numbers\n');
    assert.deepStrictEqual([plan.journal, plan.days.map((day) => day.date)], [false, ['2026-11-23', '2026-11-25', '2026-11-27']]);
  });

  it('a journal by week with a to-do among its notes stays a journal: most of its entries are notes (a trial\'s)', () => {
    const plan = parse('# J\n\n## Week of 2026-11-16\n\n### Monday\nRead about Kafka.\n\n### Tuesday\nConsumer groups.\n\n### Thursday\nPracticed kcat.\n- [ ] Write notes on retention\n\n### Friday\nBuilt a producer.\n');
    assert.deepStrictEqual([plan.journal, [...planStampDates(plan)]], [true, ['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20']]);
  });

  it('a journal stays one: notes as many as to-dos, or an entry dated by its own title among the weeks (a second review\'s)', () => {
    assert.ok(parse('## Week of 2026-01-05\n### Monday\nA note.\n### Tuesday\n- [ ] Try the shuffle exercise\n').journal, 'a tie');
    assert.ok(parse('# TIL\n## 2026-01-05\n- [ ] Watch the Kafka talk\n## 2026-01-06\nA line of prose.\n## 2026-01-07\n- [x] Finish chapter 2\n## Week of 2026-01-12\n### Monday\n- [ ] Write summary\n').journal, 'a journal that gained a week');
  });

  it('the trial\'s journal: the days before today left open are missed, and today is past them', () => {
    const plan = parse(WEEK);
    assert.deepStrictEqual(missedDatedDays(plan, '2026-11-28').map((day) => day.title), ['Tuesday', 'Friday']);
    assert.strictEqual(currentDayOf(plan, '2026-11-25')?.title, 'Friday', 'on Wednesday, the next day open dated from today');
  });
});
