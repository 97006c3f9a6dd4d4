// Journal entries that say no study was done (src/core/grammar/noStudy.ts): the phrases of languages.json's
// `noStudy`, whole, at the start of the words; a table of lines, true and false.
import * as assert from 'assert';
import { kindOf, noStudyOf, titleReadNoStudy } from '../../../src/core/grammar/noStudy';

const saysNoStudy = (text: string): boolean => noStudyOf(text) !== null;
const titleSaysNoStudy = (title: string): boolean => titleReadNoStudy(title) !== null;
const titleNoStudyOf = (title: string): 'rest' | 'missed' | null => {
  const read = titleReadNoStudy(title);
  return read === null ? null : kindOf(read);
};
import { LANGUAGES } from '../../../src/core/grammar/keywords';

describe('journal entries without study: the words that say so', () => {
  const lines: [string, boolean][] = [
    // A learner's: "Skipped - sick" kept the streak going.
    ['Skipped - sick.', true],
    ['Skipped.', true],
    ['skipped', true],
    ['**Skipped** (sick)', true],
    ['- Skipped \u2014 travelling', true],
    ['> Rest day.', true],
    ['\u{1F912} Sick day', true],
    ['No study today.', true],
    ['Didn\u2019t study today, too tired', true],
    ['Day off', true],
    ['Off today - family visit', true],
    ['Too tired, skipped.', true],
    ['Was sick, didn\'t study.', true],
    ['Busy, no studying.', true],
    ['Nothing studied.', true],
    ['Took the day off.', true],
    ['Rest.', true],
    ['Holiday.', true],
    ['Urlaub.', true],
    ['Heute nicht gelernt.', true],
    ['Hoy no estudi\u00e9.', true],
    ['Skipped, but back tomorrow.', true],
    ['Missed: overtime at work', true],
    ['Took a break!', true],
    ['Ruhetag.', true],
    ['Krank', true],
    ['Descanso', true],
    ['Pas d\u2019\u00e9tude aujourd\u2019hui'.replace(' aujourd\u2019hui', '.'), true],
    ['\u4f11\u606f', true],
    ['\u4eca\u5929\u4f11\u606f\u3002', true],
    ['\u304a\u4f11\u307f', true],
    ['\ud734\uc2dd', true],
    ['\u043e\u0442\u0434\u044b\u0445', true],
    // Study, written by a learner: never read as none.
    ['Skipped ahead to chapter 5 and read it', false],
    ['Rest APIs: GET and POST', false],
    ['REST - designed the endpoints', false],
    ['Rust - ownership and borrowing', false],
    ['Off-by-one errors in loops', false],
    ['Sickle-cell anemia reading for bio', false],
    ['Missed the bus, studied on the train', false],
    ['Break statements in loops', false],
    ['Read chapter 3. Skipped the exercises.', false],
    // Words that are topics too say it only as the whole first sentence (a trial's study entries read as none).
    ['Break, continue and loop labels in Rust.', false],
    ['Break - loop control in Python', false],
    ['Pause - Python asyncio cancellation', false],
    ['Frei: Free monads in Haskell', false],
    ['Libre: LibreOffice macros in Basic', false],
    ['Skip: implemented a skip list', false],
    ['Off - family visit', false],
    // Some study after all, in another clause: a word of study, a learning word, a duration.
    ['Missed: learned about cache misses', false],
    ['Sick, but did 20 min of flashcards.', false],
    ['Rest day - still reviewed my notes for an hour.', false],
    ['Off day, but watched one lecture on B-trees.', false],
    ['Read chapter 3. Skipped.', false],
    ['\u4f11\u606f\uff0c\u590d\u4e60\u4e86\u5355\u8bcd', false],
    // From a review and a trial: a word of one language that is a topic in another; code; durations; plurals; emoji.
    ['Rust', false],
    ['Git: repos, branches', false],
    ['Repos.', true],
    ['`skipped`: the iterator adapter', false],
    ['Sick, but did 30m.', false],
    ['Sick, but read two chapters.', false],
    ['No time today - only read a few pages of SICP', false],
    ['Rest day \u{1F634}', true],
    ['Skipped today \u{1F912}', true],
    ['Too tired.', true],
    ['Keine Zeit zum Lernen.', true],
    ['\u8df3\u8fc7\u4e86\u7b2c\u4e09\u7ae0', false],
    ['', false],
    ['---', false],
  ];
  for (const [line, says] of lines) it(JSON.stringify(line), () => assert.strictEqual(saysNoStudy(line), says));

  it('rest taken or a day missed: rest only when every clause that says no study says rest', () => {
    const kinds: [string, 'rest' | 'missed' | null][] = [
      ['Rest day.', 'rest'], ['Day off', 'rest'], ['Took a break!', 'rest'], ['Rest.', 'rest'], ['Holiday.', 'rest'], ['Ruhetag.', 'rest'],
      ['Urlaub.', 'rest'], ['Descanso', 'rest'], ['\u4eca\u5929\u4f11\u606f\u3002', 'rest'], ['\u304a\u4f11\u307f', 'rest'], ['\ud734\uc2dd', 'rest'],
      ['Off today - family visit', 'rest'],
      ['Skipped - sick.', 'missed'], ['Too tired, skipped.', 'missed'], ['Krank', 'missed'], ['Busy, no studying.', 'missed'], ['Sick, day off.', 'missed'],
      ['Missed: overtime at work', 'missed'], ['Travel.', 'missed'],
      ['Rest day - still reviewed my notes', null], ['Read chapter 3.', null],
      // Rest beside words that say no study and not why is a rest; a reason beside it, a miss (a learner's trial).
      ['Holiday, skipped.', 'rest'], ['Vacation \u2013 no study.', 'rest'], ['Urlaub, nicht gelernt.', 'rest'], ['Skipped.', 'missed'], ['Rest, sick.', 'missed'],
      // Study said beside the rest (a trial's were read as rest days).
      ['Rest day, but read two articles on indexing.', null], ['Day off, did a few SQL queries anyway.', null], ['Took the day off, only read a blog post.', null],
      ['Descanso, pero estudi\u00e9 un poco de SQL.', null], ['\u4f11\u606f\uff0c\u4f46\u662f\u5b66\u4e86\u4e00\u70b9 SQL\u3002', null],
      ['Skipped, but back tomorrow.', 'missed'],
      // A reason held in a clause's words (a reviewer's `Day off - feeling sick.` read as a rest).
      ['Day off - feeling sick.', 'missed'], ['Rest day, way too tired.', 'missed'], ['Day off, flu.', 'rest'],
      // A clause that says no study is no study said (a second trial's `Rest day, no study.` counted as a day of study).
      ['Rest day, no study.', 'rest'], ['Rest day (no study)', 'rest'], ['Rest day, didn\'t study.', 'rest'], ['Descanso, no estudi\u00e9.', 'rest'],
      ['Ruhetag, nicht gelernt.', 'rest'], ['Skipped, no study.', 'missed'], ['Public holiday.', 'rest'], ['On vacation.', 'rest'],
      // A full stop inside a word ends no sentence.
      ['Rest.js and Express.', null], ['Rest...', 'rest'], ['Holiday!!', 'rest'],
    ];
    for (const [line, kind] of kinds) assert.strictEqual(noStudyOf(line), kind, line);
    assert.strictEqual(titleNoStudyOf('2026-11-19 (rest day)'), 'rest');
    assert.strictEqual(titleNoStudyOf('2026-11-19 Thursday - skipped'), 'missed');
    assert.strictEqual(titleNoStudyOf('2026-11-19 Rust ownership'), null);
  });

  it('every language\'s rest words and bare no-study words are among its words of no study, and apart', () => {
    for (const [code, block] of Object.entries(LANGUAGES)) {
      assert.ok((block.restDay ?? []).length > 0 && (block.noStudyBare ?? []).length > 0, code);
      for (const word of block.restDay ?? []) assert.ok([...(block.noStudy ?? []), ...(block.noStudyAlone ?? [])].includes(word), `${code}: ${word}`);
      for (const word of block.noStudyBare ?? []) assert.ok((block.noStudy ?? []).includes(word) && !(block.restDay ?? []).includes(word), `${code}: ${word}`);
    }
  });

  it('in a heading, only after the entry\'s date or weekday', () => {
    assert.strictEqual(titleSaysNoStudy('2026-11-19 Thursday - skipped'), true);
    assert.strictEqual(titleSaysNoStudy('2026-11-19 (rest day)'), true);
    assert.strictEqual(titleSaysNoStudy('Monday: day off'), true);
    assert.strictEqual(titleSaysNoStudy('November 19, 2026 \u2014 sick'), true);
    assert.strictEqual(titleSaysNoStudy('2026-11-19 Thursday'), false);
    assert.strictEqual(titleSaysNoStudy('2026-11-19 Rust ownership'), false);
    assert.strictEqual(titleSaysNoStudy('Skipped'), false, 'no date nor weekday: no entry\'s heading');
    // A heading's words are a topic as often (a language journal's themes): only the phrases, never the topic words.
    for (const topic of ['2026-11-16 - Rust', '2026-11-20 - Travel', '2026-11-20 \u2014 Vacances', '2026-11-20 - Holiday', '2026-11-20 Break']) assert.strictEqual(titleSaysNoStudy(topic), false, topic);
  });
});
