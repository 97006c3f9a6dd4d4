import * as assert from 'assert';
import { classifyHeading, type HeadingClass } from '../../src/core';
import { weekNumberOf } from '../../src/core/parse/weekHeadings';

const day = (number: number | null, date: string | null = null, weekday: number | null = null, round: number | null = null): HeadingClass => ({ kind: 'day', number, date, weekday, round });
const plannedDay = (number: number, planned: string): HeadingClass => ({ kind: 'day', number, date: null, weekday: null, round: null, planned });
const weekday = (n: number, date: string | null = null): HeadingClass => day(null, date, n);
const cycle: HeadingClass = { kind: 'cycle', round: null };
const range = (from: number, to: number, entry = false): HeadingClass => ({ kind: 'dayRange', from, to, entry });

describe('classifyHeading: what a heading text says it is', () => {
  const table: [string, HeadingClass][] = [
    ['Day 31 - Lakehouse vs Data Warehouse for AI', day(31)],
    ['Day 1', day(1)],
    ['Day 28: Project Completion & Month Synthesis', day(28)],
    ['Day 1 \u2014 Title', day(1)],
    ['Topic | Day 12', day(12)],
    ['Day 5: June 27, Monday', day(5)],
    ['Day 299 - 300-Day Mastery Assessment', day(299)],
    ['day #7 recap', day(7)],
    ['\u{1F3AF} Day 3 - Emoji first', day(3)],
    ['Monday: Fresh Start', weekday(1)],
    ['Saturday', weekday(6)],
    ['2026-11-21', day(null, '2026-11-21')],
    ['2026-11-21 Friday notes', day(null, '2026-11-21')],
    ['Days 31-60: Lakehouse Architecture', range(31, 60)],
    ['Days 59-60: Consolidation and Transition', range(59, 60)],
    ['Final Sprint (Days 26-30)', range(26, 30)],
    ['Days 26 \u2013 30', range(26, 30)],
    ['Day 31-37', range(31, 37, true)],
    ['Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)', { kind: 'module' }],
    ['Week 1: Streaming Sprint', { kind: 'module' }],
    ['Week 2', { kind: 'module' }],
    ['Unit 3', { kind: 'module' }],
    ['Chapter 4: Joins', { kind: 'module' }],
    ['Part II: Advanced', { kind: 'module' }],
    ['Sprint 2', { kind: 'module' }],
    ['Session 5 - Review', { kind: 'module' }],
    ['Week 1 (Day 1-7)', { kind: 'module' }],
    ['Month 3: Advanced Batch ETL', cycle],
    ['Cycle 2', cycle],
    ['Quarter 1 goals', cycle],
    ['Phase 3: Mastery', cycle],
    ['\u{1F3AF} Beachhead Cycle Goals', { kind: 'section' }],
    ['\u{1F4CA} Cycle Assessment', { kind: 'section' }],
    ['Key Learnings', { kind: 'section' }],
    ['Today', { kind: 'section' }],
    ['30-Day Challenge', { kind: 'section' }],
    ['Holidays 2026', { kind: 'section' }],
    ['Weekly review', { kind: 'section' }],
    ['Unit tests', { kind: 'section' }],
    ['Week in review', { kind: 'section' }],
    ['\u00f0\u0178\u017d\u00af Learning Objectives', { kind: 'section' }],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" is ${expected.kind}${'number' in expected ? ` ${expected.number}` : ''}`, () => {
      assert.deepStrictEqual(classifyHeading(text), expected);
    });
  }
});

describe('classifyHeading: the formats people write (issue 17)', () => {
  const table: [string, HeadingClass][] = [
    // Other languages, from languages.json.
    ['D\u00eda 3: Funciones', day(3)], ['Dia 3', day(3)], ['Jour 3 - Les boucles', day(3)], ['Tag 3', day(3)], ['3. Tag: Schleifen', day(3)],
    ['Giorno 3', day(3)], ['Dag 3', day(3)], ['G\u00fcn 3', day(3)], ['1. G\u00fcn', day(1)], ['Dzie\u0144 3', day(3)], ['\u0414\u0435\u043d\u044c 3', day(3)],
    ['Ng\u00e0y 3', day(3)], ['Hari 3', day(3)], ['\u7b2c3\u5929', day(3)], ['\u7b2c\u4e09\u5929\uff1a\u5faa\u73af', day(3)], ['3\u65e5\u76ee', day(3)], ['3\uc77c\ucc28', day(3)],
    ['Semana 2', { kind: 'module' }], ['Woche 2', { kind: 'module' }], ['Semaine 2', { kind: 'module' }], ['\u7b2c2\u5468', { kind: 'module' }], ['2\uc8fc\ucc28', { kind: 'module' }],
    ['M\u00f3dulo 1', { kind: 'module' }], ['Kapitel 4', { kind: 'module' }], ['\u0413\u043b\u0430\u0432\u0430 2', { kind: 'module' }], ['Mes 2', cycle], ['Monat 1', cycle],
    ['D\u00edas 1-7', range(1, 7)], ['\u7b2c1-7\u5929', range(1, 7)],
    // Past day 100 in Chinese numerals: a zero holds a place (一百零五), up to five numerals (九百九十九).
    ['\u7b2c\u4e00\u767e\u96f6\u4e94\u5929', day(105)], ['\u7b2c\u4e00\u767e\u4e8c\u5341\u4e09\u5929', day(123)], ['\u7b2c\u4e5d\u767e\u4e5d\u5341\u4e5d\u5929', day(999)],
    // Weekdays anywhere, in any case, abbreviated when nothing follows.
    ['TODAY (Monday)', weekday(1)], ['TUESDAY', weekday(2)], ['Mon', weekday(1)], ['Wed:', weekday(3)], ['Lunes: repaso', weekday(1)], ['Mittwoch', weekday(3)],
    ['\u661f\u671f\u4e94', weekday(5)], ['\u6c34\u66dc\u65e5', weekday(3)], ['Th\u1ee9 hai', weekday(1)], ['Hoy (martes)', weekday(2)],
    ['Sun exposure', { kind: 'section' }], ['Monday.com pricing', weekday(1)],
    // Dates: the entry's own.
    ['January 7, 2023', day(null, '2023-01-07')], ['7 Jan 2023', day(null, '2023-01-07')], ['2024/01/05', day(null, '2024-01-05')],
    ['Mon 05.01.2024', weekday(1, '2024-01-05')], ['Monday, January 8, 2024', weekday(1, '2024-01-08')], ['Jan 7th 2023', day(null, '2023-01-07')],
    ['7 de enero de 2023', day(null, '2023-01-07')], ['7. Januar 2023', day(null, '2023-01-07')], ['7 \u044f\u043d\u0432\u0430\u0440\u044f 2023', day(null, '2023-01-07')],
    ['2023\u5e741\u67087\u65e5', day(null, '2023-01-07')], ['2023\ub144 1\uc6d4 7\uc77c', day(null, '2023-01-07')], ['Ng\u00e0y 7 th\u00e1ng 1 n\u0103m 2023', day(null, '2023-01-07')],
    ['13/01/2024', day(null, '2024-01-13')], ['05/01/2024', { kind: 'section' }], ['February 30, 2023', { kind: 'section' }],
    ['Day 1: October 30, 2018', day(1, '2018-10-30')], ['Day 0: March 9th 2019 - Saturday', day(0, '2019-03-09')],
    // ...or ending the title, in parentheses or after a dash: its planned date (a trial's German plan had no dates; a
    // plan of them stays a plan, a review's had become a journal); a date inside the words, of history, or ending a
    // range is none.
    ['Tag 1 \u2013 Images (05.01.2026)', plannedDay(1, '2026-01-05')], ['Day 3 - Net (2026-01-07) ', plannedDay(3, '2026-01-07')],
    ['Day 2 - Joins \u2014 2026-01-06', plannedDay(2, '2026-01-06')], ['D\u00eda 4 | Repaso | 8 de enero de 2026', plannedDay(4, '2026-01-08')],
    ['Day 5 - Top 10', day(5)], ['Day 6 - Python 3.12 (2023-10-02 release)', day(6)], ['Day 7 - Notes of 2026-01-05 meeting', day(7)], ['Day 8 - Release-2026-01-05', day(8)],
    ['Day 9 - Apollo (July 20, 1969)', day(9)], ['Day 14 - Sprint 2026-01-05 - 2026-01-11', day(14)], ['Day 1 (2026-01-05) - Net (2026-01-09)', day(1, '2026-01-05')],
    // Challenge shorthand: rounds and days.
    ['R1D1', day(1, null, null, 1)], ['R1-D1', day(1, null, null, 1)], ['R2 D14', day(14, null, null, 2)], ['R1D2 - 16MAY2020', day(2, '2020-05-16', null, 1)],
    ['Round 2, Day 5', day(5, null, null, 2)], ['Round 2', { kind: 'cycle', round: 2 }],
    // Ranges written as entries of a log (the builder decides, by their siblings).
    ['Day 28-31: April 12-15', range(28, 31, true)],
    // Near misses stay sections.
    ['Tagesordnung', { kind: 'section' }], ['1. Tage', { kind: 'section' }], ['Release tag 3.0', { kind: 'section' }], ['Dias de la semana', { kind: 'section' }],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} is ${expected.kind}`, () => assert.deepStrictEqual(classifyHeading(text), expected));
  }
});

describe('classifyHeading: the edges of each rule, with exact answers', () => {
  const section: HeadingClass = { kind: 'section' };
  const module: HeadingClass = { kind: 'module' };
  const table: [string, HeadingClass][] = [
    // A day's number: 1-5 digits, not a decimal or a version.
    ['Day 12345', day(12345)], ['Day 123456', section], ['Day 2.5', section], ['Topic | Day 2.5', section], ['Days 2.5', section], ['Tag 3,5', section],
    ['Week 2.5', module],
    // Ranges: dashes, words, spacing, order, length.
    ['Days 1 \u2014 7', range(1, 7)], ['Days 1 to 7', range(1, 7)], ['Days 1 through 7', range(1, 7)], ['Days 1 thru7', range(1, 7)], ['Days 1-123456', section],
    ['Day 1 to 7', day(1)], ['Day 31 - 37', day(31)], ['Day 31- 37', day(31)], ['Day 31 -37', day(31)], ['Day 31-31', day(31)], ['Day 37-31', day(37)],
    ['Day 31\u201337', range(31, 37, true)], ['Day 31\u201437', range(31, 37, true)],
    ['Final (Days 30-26)', section], ['Sprint (Days 5-5)', range(5, 5)], ['Recap days 1 to 3', range(1, 3)], ['Notes (Days 1 \u2013 3)', range(1, 3)],
    ['Holidays 1-3', section], ['Sundays 1-3', section],
    // A date after the day's number and any separators.
    ['Day 1 | 2023-01-07', day(1, '2023-01-07')], ['Day 1 (January 7, 2023)', day(1, '2023-01-07')], ['Day 1, 2023-01-07', day(1, '2023-01-07')],
    ['Day 1 \u2014 2023-01-07', day(1, '2023-01-07')], ['Day 1 - - 2023-01-07', day(1, '2023-01-07')], ['Day 1 2023-01-07', day(1, '2023-01-07')],
    ['2023-01-07 Day 3', day(null, '2023-01-07')],
    // Roman numerals after a module, week or cycle word; nowhere else.
    ['Phase IV', cycle], ['Week IV', module], ['Month XII', cycle], ['Cycle IV', cycle], ['Module III - Joins', module],
    ['Day IV', section], ['Part Ivy league', section], ['Part: II', section],
    // The weekday after "today".
    ['Today: Tue', weekday(2)], ['Today - Tuesday', weekday(2)], ['Today [Wed]', weekday(3)], ['Today, Monday', weekday(1)], ['Today \u2013 Monday', weekday(1)],
    ['Today Sun exposure', section], ['Today is Monday', section],
    // Rounds.
    ['Round 1 Day 5', day(5, null, null, 1)], ['Round 2: Day 14', day(14, null, null, 2)], ['Round 2 / Day 3', day(3, null, null, 2)], ['Round 2 | Day 4', day(4, null, null, 2)],
    ['Round 3 - Day 1 - 2023-01-07', day(1, '2023-01-07', null, 3)], ['Round 2 notes', { kind: 'cycle', round: 2 }], ['Round 2 Week 3', { kind: 'cycle', round: 2 }],
    ['R1D1 - 2023-01-07', day(1, '2023-01-07', null, 1)], ['r3.d7', day(7, null, null, 3)], ['R1 : D1', day(1, null, null, 1)], ['R1_D1', day(1, null, null, 1)],
    ['R1/D1', day(1, null, null, 1)], ['R1D1 notes', day(1, null, null, 1)], ['R12D300', day(300, null, null, 12)],
    ['R1D1x', section], ['R1234D1', section], ['R1D12345', section], ['Rally', section],
    // Bootcamp days of weeks (`W1D2`), numbered as written.
    ['W1D2', day(2)], ['W1D2 - Loops', day(2)], ['W3-D4', day(4)], ['w2.d1', day(1)], ['W1D1 - 2026-11-02', day(1, '2026-11-02')],
    ['W1D1x', section], ['W1234D1', section], ['WD40', section], ['W3C', section],
    // A day of a week (a couch-to-5K plan's `Week 1, Day 2`), numbered as written; the week's span stays the week's.
    ['Week 1, Day 2 - Types', day(2)], ['Week 3 - Day 15', day(15)], ['Week 1: Day 1 (2026-01-05)', day(1, '2026-01-05')], ['Week 2 | Day 3', day(3)],
    ['Semana 1, D\u00eda 2', day(2)], ['Woche 2 / Tag 3', day(3)], ['Week 1 \u00b7 Day 2 - b', day(2)], ['Week 1 \u2022 Day 3', day(3)],
    ['Week 1 (Day 1-7)', module], ['Week 1 - Day 1-7', module], ['Week 1 - Days 1-7', module], ['Week 1, Day 2.5', module], ['Week 1 daily notes', module], ['Week 1 Today', module],
    // What follows the day's number is its title, unless it ends the week's span (a reviewer's and a trial's).
    ['Week 1, Day 1 - 5 min warmup then intervals', day(1)], ['Week 1 - Day 3 - 10 SQL puzzles', day(3)], ['Week 1, Day 1 - 2026-11-02', day(1, '2026-11-02')],
    ['Week 1, Day 2 - 20 min run', day(2)], ['Week 2, Day 1 - 6 intervals of 90s', day(1)], ['Week 1, Day 3 to do', day(3)],
    ['Week 1: Day 1 - Day 7', module], ['Week 2: Day 8 to 14', module], ['Week 1 - Day 1 through 7', module], ['Week 1: Day 1 to Day 7 (Basics)', module],
    ['Week 1 \u2014 Day 1 \u2013 Day 7', module], ['Week 2, Day 3 - 2', day(3)],
    // Templates with the number inside.
    ['\u7b2c7-1\u5929', section], ['\u7b2c1-1\u5929', range(1, 1)], ['\u7b2c3\u5929 2023-01-07', day(3, '2023-01-07')],
    // Abbreviated weekdays only before punctuation or the end.
    ['Fri (review)', weekday(5)], ['Thu/Fri', weekday(4)], ['Sat.', weekday(6)], ['Tue | notes', weekday(2)], ['Sun', weekday(7)], ['Wed notes', section], ['Mon-Fri', section],
    // German two-letter weekdays only right before a date (a learner's `Mo, 23.11.2026`): alone they are words.
    ['Mo, 23.11.2026', { kind: 'day', number: null, date: '2026-11-23', weekday: 1, round: null }], ['Di 24.11.2026', { kind: 'day', number: null, date: '2026-11-24', weekday: 2, round: null }],
    ['So, what now?', section], ['Do - Practice', section], ['Mo', section],
    // English "Day N" later in the heading.
    ['Topic | Day12', day(12)], ['Topic | Day  12', day(12)], ['Topic | Day #12', day(12)], ['Topic | Day # 12', day(12)], ['Topic | Day\t12', day(12)],
    ['Topic | Day 12 more', day(12)], ['Topic | Day 123456', section], ['Topic | Today 12', section], ['Topic | 3-Day 12', section],
    ['Topic | Days 1-7 x', range(1, 7)], ['Topic | Days1-7', range(1, 7)], ['Topic | Days  1 - 7', range(1, 7)], ['Topic | Holidays 1-7', section],
    ['Topic | Days 123456-7', section], ['Topic | Days 1-123456', section],
    ['Module 1 (Day 3)', module], ['Day 1 Day 2', day(1)],
    // Other languages' words take the same paths as English (where English falls back on DAY_ANYWHERE).
    ['Tag #3', day(3)], ['D\u00eda # 4', day(4)], ['Tag 12345', day(12345)], ['Tag 123456', section], ['Tag 3.0 release', section], ['Tag 3. Schleifen', day(3)],
    ['D\u00edas 31 - 37', range(31, 37)], ['D\u00edas 1-12345', range(1, 12345)], ['D\u00edas 1-123456', section], ['D\u00eda 31 - 37', day(31)], ['D\u00eda 31-37', range(31, 37, true)],
    ['Days 3 | Day 12', day(12)],
    ['\u7b2c2\u4e2a\u6708', cycle], ['\u7b2c3\u9636\u6bb5', cycle], ['\u7b2c2\u8f6e', { kind: 'cycle', round: 2 }], ['\u7b2c3\u7ae0', module], ['\u7b2c3\u65e5', day(3)],
    ['2\u30f6\u6708\u76ee', cycle], ['3\uc7a5', module], ['2\uc8fc\ucc28', module], ['1. Woche', module], ['\u7b2c2\u9031', module],
    // Mojibake that was not repaired: read again from the first ASCII word.
    ['\u00f0\u0178\u201c\u2026 Week 2', module], ['\u00f0\u0178\u201c\u2026 Monday', weekday(1)], ['\u00f0\u0178\u201c\u2026 2024-01-05', day(null, '2024-01-05')],
    ['\u00f0\u0178\u201c\u2026', section], ['\u00f0\u0178\u201c\u2026 Day 3', day(3)], ['\u00e9\u00e9 Round 2', { kind: 'cycle', round: 2 }],
    // Mojibake ending in a letter (\u0161 of \u{1F4DA}) right before the word still lets the day be found.
    ['\u00f0\u0178\u201c\u0161Day 3', day(3)], ['\u00f0\u0178\u201c\u0161Days 1-5', range(1, 5)],
    ['\u00f0\u0178\u201c\u0161Days 1 to 7', range(1, 7)],
    // Decoration before a day found later in the heading: its date is read from the right place.
    ['\u{1F3AF}\u{1F3AF}\u{1F3AF} Topic | Day 12 - 2024-05-01', day(12, '2024-05-01')],
    // A keyword at the start wins over a day later, after decoration too.
    ['\u{1F3AF} Week 1 (Day 1-7)', module],
    // Tabs are spaces; only dashes make a range; a range end has at most 5 digits.
    ['Day\t3', day(3)], ['Week\t2', module], ['Day 3/5: review', day(3)], ['Day 3+4', day(3)], ['Days 3/5', section], ['Day 1-123456', day(1)], ['Day 1-12345', range(1, 12345, true)],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} is ${JSON.stringify(expected)}`, () => assert.deepStrictEqual(classifyHeading(text), expected));
  }
});

describe('weekNumberOf: the one week a module heading numbers (a DAY typed as Week 2, Day 1 finds the Day 1 under it)', () => {
  const table: [string, number | null][] = [
    ['Week 2', 2],
    ['Week 2: Windows', 2],
    ['Week 12 - Joins', 12],
    ['Semana 3 - Consultas', 3],
    ['Woche 4', 4],
    ['Week 1 (Day 1-7)', 1],
    ['Week 2 - Days 8-14', 2],
    ['Week 2 - 2026-11-02', 2],
    ['Week 2, Day 1', null],
    ['Week 2-3', null],
    ['Week 2 \u2013 3', null],
    ['Week 2.5', null],
    ['Week 2b', null],
    ['Weekly review', null],
    ['Week', null],
    ['Module 2', null],
    ['', null],
  ];
  for (const [title, week] of table) it(`${JSON.stringify(title)} -> ${week}`, () => assert.strictEqual(weekNumberOf(title), week));
});
