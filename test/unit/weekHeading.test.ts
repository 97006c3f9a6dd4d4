// A new week's heading written as a journal's other week headings are (src/core/today/weekHeading.ts): before/after.
import * as assert from 'assert';
import { isoWeekNumber, weekHeadingLike } from '../../src/core/today/weekHeading';

describe('weekHeadingLike: the next weeks\' headings in the model\'s form', () => {
  const table: [model: string, start: string, newStart: string, made: string | null][] = [
    ['Week 48 (Nov 23 \u2013 Nov 29, 2026)', '2026-11-23', '2026-11-30', 'Week 49 (Nov 30 \u2013 Dec 6, 2026)'],
    ['Week 48 (Nov 23 \u2013 Nov 29, 2026)', '2026-11-23', '2026-12-28', 'Week 53 (Dec 28 \u2013 Jan 3, 2027)'],
    ['Week 52 (Dec 21 \u2013 Dec 27, 2026)', '2026-12-21', '2027-01-25', 'Week 4 (Jan 25 \u2013 Jan 31, 2027)'],
    ['Week 48 (Nov 23 \u2013 Nov 29, 2026)', '2026-11-23', '2026-11-16', 'Week 47 (Nov 16 \u2013 Nov 22, 2026)'],
    ['KW 48 (23.11. \u2013 29.11.2026)', '2026-11-23', '2026-11-30', 'KW 49 (30.11. \u2013 06.12.2026)'],
    ['KW 48 (23.11 \u2013 29.11.2026)', '2026-11-23', '2026-12-28', 'KW 53 (28.12 \u2013 03.01.2027)'],
    ['Woche 48 (23.11.2026 \u2013 29.11.2026)', '2026-11-23', '2026-11-30', 'Woche 49 (30.11.2026 \u2013 06.12.2026)'],
    ['Week of 2026-11-23', '2026-11-23', '2026-12-07', 'Week of 2026-12-07'],
    // A course's own count of weeks goes on by one a week; the ISO week's by the calendar.
    ['Week 3: 2026-11-23 to 2026-11-29', '2026-11-23', '2026-11-30', 'Week 4: 2026-11-30 to 2026-12-06'],
    // A range's first day alone, the month and year after its last (a trial's `16–22 Nov 2026` read as a week from the 22nd).
    ['Week 47 (16\u201322 Nov 2026)', '2026-11-16', '2026-11-23', 'Week 48 (23\u201329 Nov 2026)'],
    ['Week 47 (16\u201322 Nov 2026)', '2026-11-16', '2026-11-30', 'Week 49 (30 Nov\u20136 Dec 2026)'],
    ['Semana 47 (16\u201322 nov 2026)', '2026-11-16', '2026-11-09', 'Semana 46 (9\u201315 nov 2026)'],
    // A course's week count has no week before its first (a review's made a second `Week 1`).
    ['Week 2 (2026-11-23 \u2013 2026-11-29)', '2026-11-23', '2026-11-09', null],
    ['Week 2 (2026-11-23 \u2013 2026-11-29)', '2026-11-23', '2026-11-16', 'Week 1 (2026-11-16 \u2013 2026-11-22)'],
    ['KW 2 (5.1. \u2013 11.1.2026)', '2026-01-05', '2026-01-12', 'KW 3 (12.1. \u2013 18.1.2026)'],
    // Nothing to move, or a form this cannot write back: none.
    ['Week 48', '2026-11-23', '2026-11-30', null],
    ['Semana 48 (23 nov \u2013 29 nov 2026)', '2026-11-23', '2026-11-30', 'Semana 49 (30 nov \u2013 6 dic 2026)'],
    // Month names in the heading's own language and form (a review's `Feb` gave `Maerz`, `nov.` gave `decembre`).
    ['Woche 8 (16. Feb \u2013 22. Feb 2026)', '2026-02-16', '2026-02-23', 'Woche 9 (23. Feb \u2013 1. M\u00e4r 2026)'],
    ['Semaine 48 (23 nov. \u2013 29 nov. 2026)', '2026-11-23', '2026-11-30', 'Semaine 49 (30 nov. \u2013 6 d\u00e9c. 2026)'],
    ['Week 48 (Mon, Nov 23 \u2013 Sun, Nov 29, 2026)', '2026-11-23', '2026-11-30', 'Week 49 (Mon, Nov 30 \u2013 Sun, Dec 6, 2026)'],
    ['KW 5 (26. J\u00e4nner \u2013 1. Februar 2026)', '2026-01-26', '2026-02-02', null],
    // A range's end as its day alone (`Dec 7 – 13, 2026`): alone where it stays in one month, else with its month.
    ['Week 50 (Dec 7 \u2013 13, 2026)', '2026-12-07', '2026-12-14', 'Week 51 (Dec 14 \u2013 20, 2026)'],
    ['Week 50 (Dec 7 \u2013 13, 2026)', '2026-12-07', '2026-12-28', 'Week 53 (Dec 28 \u2013 Jan 3, 2027)'],
    ['Week 53 (Dec 28 \u2013 Jan 3, 2027)', '2026-12-28', '2027-01-04', 'Week 1 (Jan 4 \u2013 Jan 10, 2027)'],
    ['Week 48 (Nov 30 \u2013 Dec 6, 2026)', '2026-11-30', '2026-11-23', 'Week 47 (Nov 23 \u2013 Nov 29, 2026)'],
    ['Week 48 (Nov 23 \u2013 Nov 29, 2026)', '2026-11-23', '2026-11-27', null],
    // Days written as ordinals or joined by a word (a trial's `7th–13th December`, `du 7 au 13` were read a week late).
    ['Week of 7th\u201313th December 2026', '2026-12-07', '2026-12-14', 'Week of 14th\u201320th December 2026'],
    ['Week of 7th\u201313th December 2026', '2026-12-07', '2026-12-21', 'Week of 21st\u201327th December 2026'],
    ['Week of 7th\u201313th December 2026', '2026-12-07', '2026-11-16', 'Week of 16th\u201322nd November 2026'],
    ['Week of 7th\u201313th December 2026', '2026-12-07', '2026-11-30', 'Week of 30th November\u20136th December 2026'],
    ['Week of December 7th\u201313th, 2026', '2026-12-07', '2026-12-14', 'Week of December 14th\u201320th, 2026'],
    ['Week of Dec 7 to 13, 2026', '2026-12-07', '2026-12-14', 'Week of Dec 14 to 20, 2026'],
    ['Semaine du 7 au 13 d\u00e9cembre 2026', '2026-12-07', '2026-12-14', 'Semaine du 14 au 20 d\u00e9cembre 2026'],
    ['Semaine du 1er au 7 f\u00e9vrier 2027', '2027-02-01', '2027-02-08', 'Semaine du 8 au 14 f\u00e9vrier 2027'],
    ['Semana del 7 al 13 de diciembre de 2026', '2026-12-07', '2026-12-14', 'Semana del 14 al 20 de diciembre de 2026'],
    ['KW 50: 7.\u201313. Dezember 2026', '2026-12-07', '2026-12-14', 'KW 51: 14.\u201320. Dezember 2026'],
    ['Woche 7. bis 13. Dezember 2026', '2026-12-07', '2026-12-14', 'Woche 14. bis 20. Dezember 2026'],
    ['Week 50 (7 t/m 13 december 2026)', '2026-12-07', '2026-12-14', 'Week 51 (14 t/m 20 december 2026)'],
    ['Semana del 23 al 29 de noviembre de 2026', '2026-11-23', '2026-11-30', 'Semana del 30 de noviembre al 6 de diciembre de 2026'],
    ['Semana del 30 de noviembre al 6 de diciembre de 2026', '2026-11-30', '2026-12-28', 'Semana del 28 de diciembre al 3 de enero de 2027'],
    ['Semaine du 23 au 29 novembre 2026', '2026-11-23', '2026-11-30', 'Semaine du 30 novembre au 6 d\u00e9cembre 2026'],
    ['Woche 23. bis 29. November 2026', '2026-11-23', '2026-11-30', 'Woche 30. November bis 6. Dezember 2026'],
    ['Woche vom 30. November bis 6. Dezember 2026', '2026-11-30', '2026-12-07', 'Woche vom 7. Dezember bis 13. Dezember 2026'],
    ['KW 49 (Mo., 30.11. \u2013 So., 06.12.2026)', '2026-11-30', '2026-12-07', 'KW 50 (Mo., 07.12. \u2013 So., 13.12.2026)'],
  ];
  for (const [model, start, newStart, made] of table) {
    it(`${model} -> ${newStart}`, () => assert.strictEqual(weekHeadingLike(model, start, newStart), made));
  }

  it('numbers weeks as ISO 8601 does', () => {
    assert.deepStrictEqual(['2026-01-01', '2026-11-23', '2026-12-31', '2027-01-03', '2027-01-04', '2021-01-03'].map(isoWeekNumber), [1, 48, 53, 53, 1, 53]);
  });
});
