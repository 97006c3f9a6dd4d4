import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildPlan, formatMinutes, inMemoryDocument, notedDuration, parenthesisedDuration, parseDuration, studyTime, taskDuration } from '../../src/core';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const plan = (text: string) => buildPlan(inMemoryDocument('file:///p.md', text));
const fixture = (name: string) => plan(new TextDecoder().decode(fs.readFileSync(path.join(FIXTURES, name))));

describe('durations', () => {
  const table: [string, number | null][] = [
    ['30 min', 30],
    ['Blog, 8 min', 8],
    ['1 h', 60],
    ['1h', 60],
    ['1.5 hours', 90],
    ['1,5 h', 90],
    ['90 minutes', 90],
    ['2 hrs', 120],
    ['1 hr 15 mins', 75],
    ['1h30m', 90],
    ['1 hour and 30 minutes', 90],
    ['45 mins', 45],
    ['about 20 minutes of reading', 20],
    ['3 months', null],
    ['5m rows', null],
    ['2 homes', null],
    ['Python 3', null],
    ['100+ AI models', null],
    ['0 min', null],
    ['v1.5h', null],
    ['', null],
    // The plans' other languages (a learner's German, Spanish and Chinese plans counted nothing).
    ['1 Std.', 60],
    ['2 Stunden', 120],
    ['30 Minuten', 30],
    ['30 minutos', 30],
    ['1 hora', 60],
    ['2 heures', 120],
    ['45 minuti', 45],
    ['30分钟', 30],
    ['1小时', 60],
    ['2時間', 120],
    ['3 ore', 180],
    ['3 more', null],
    ['std::vector', null],
  ];
  for (const [text, minutes] of table) {
    it(`"${text}" → ${minutes}`, () => assert.strictEqual(parseDuration(text), minutes));
  }

  it('finds the parenthesised duration of a label or link text', () => {
    assert.strictEqual(parenthesisedDuration('Streaming Data Fundamentals (Blog, 8 min)'), 8);
    assert.strictEqual(parenthesisedDuration('Intro (part 2) (1 h)'), 60);
    assert.strictEqual(parenthesisedDuration('Read 30 min'), null, 'outside parentheses it is prose, not an estimate');
    // `m` alone is minutes only as the whole group (a learner's `(30m)`): `(5m rows)` stays no estimate.
    assert.deepStrictEqual(['Read (30m)', 'Read ( 45 M )', 'Load (5m rows)', 'Run (0m)'].map(parenthesisedDuration), [30, 45, null, null]);
    // ...said to be an estimate (a learner's `(~20m)` counted nothing); `~20 min` and `~1h` read as ever.
    assert.deepStrictEqual(['Read (~20m)', 'Read (≈ 20m)', 'Read (ca. 20m)', 'Read (~20 min)', 'Read [~1h]', 'Load (~5m rows)'].map(notedDuration), [20, 20, 20, 20, 60, null]);
  });

  it('reads a task or link note in brackets or after a final dash or colon too (a learner\'s [30 min] and - 20 min counted nothing)', () => {
    const table: [string, number | null][] = [
      ['Watch the lecture [45 min]', 45], ['Watch [30m]', 30], ['Read chapter 3 - 20 min', 20], ['Quiz \u2014 1 h 30 min', 90], ['Flashcards: 15 min', 15],
      ['Review 2026-11-20 - 2 hours', 120],
      // Prose, links, boxes and times of day stay no estimate.
      ['Read 30 min', null], ['Run the 30 min timer', null], ['Step 2 - run it for 20 min', null], ['See [30 min](https://a.example)', null],
      ['[ ] box', null], ['Time 10:30 - 11:00', null], ['Load - 5m', null], ['Part 1 - 2', null],
    ];
    assert.deepStrictEqual(table.map(([text]) => [text, notedDuration(text)]), table);
    const p = plan(['### Day 1', '- [ ] Watch lecture [45 min]', '- [x] Read chapter 3 - 20 min', '- **Task [30 min]:** build it', '- [ ] Run the 30 min timer'].join('\n'));
    assert.deepStrictEqual(studyTime(p.days[0]), { total: 95, left: 75 });
  });

  it('sums the groups of a task that gives each step its own (a learner\'s `(45 min) then quiz (15 min)` counted 45)', () => {
    const table: [string, number | null][] = [
      ['Read chapter 3 (45 min) then quiz (15 min)', 60], ['Watch [20 min], practice [~10m]', 30],
      ['Intro (part 2) (1 h)', 60], ['Read (20 min) and drill (40 min) (1 h in total)', 60], ['Read (45 min) (insgesamt 1 Std.)', 60],
      // Parentheses first: a bracketed group beside them is not added; a link's text is no bracketed group.
      ['Read (30 min) [~1h with breaks]', 30], ['[Video](https://v.example) (20 min)', 20],
      // One round's steps, repeated, is no estimate (a trial's Couch to 5K day was planned as 1 min); a range or a
      // remark gives its first duration, durations added up their sum (a review's).
      ['8x (1 min run, 1.5 min walk)', null], ['Read (30 min \u2013 1 h)', 30],
      ['Read (45 min to 1 hour)', 45], ['Lab (90 min, incl. 10 min break)', 90], ['Watch (20 min video + 10 min quiz)', 30],
      // A playback speed or a count beside one duration is no round of steps (a review's).
      ['Watch lecture at 1.5x (40 min)', 40], ['Watch at 2x (30 min)', 30],
      ['Intervals (1 min run, 1.5 min walk) x8', null], ['Repeat 8 times (1 min run, 1.5 min walk)', null],
    ];
    assert.deepStrictEqual(table.map(([text]) => [text, taskDuration(text)]), table);
    // A resource says one thing twice, or another way: its first group, as ever (from a review).
    assert.deepStrictEqual(['Video (20 min) (Docs, 10 min)', 'Watch the talk (20 min) (or the 10 min summary)'].map(notedDuration), [20, 20]);
    const p = plan(['### Day 1', '- [ ] Read chapter 3 (45 min) then quiz (15 min)', '- **Resource:** [A (10 min)](https://a.example), [B (5 min)](https://b.example)'].join('\n'));
    assert.deepStrictEqual(studyTime(p.days[0]), { total: 70, left: 70 }, 'a line counts once');
    // A logged session reads its one duration as ever.
    assert.strictEqual(parenthesisedDuration('(45 min) (15 min)'), 45);
  });

  it('formats minutes as hours and minutes', () => {
    assert.deepStrictEqual([0, 8, 60, 90, 150, 600].map(formatMinutes), ['0 min', '8 min', '1 h', '1 h 30 min', '2 h 30 min', '10 h']);
  });
});

describe('study time', () => {
  it('sums field details, time fields, link and task notes per day, module and plan; one per line', () => {
    const p = plan([
      '## Module 1',
      '### Day 1 - A',
      '- **Task (30 min):** read [the guide (Docs, 10 min)](https://a.example)',
      '- **Time:** 90 minutes',
      '- **Checkpoint:** explain it in 5 minutes', // not a time field, not parenthesised
      '- [x] Exercise (15 min)',
      '- [ ] Quiz (1 h)',
      '### Day 2 - B ✅ 2026-11-01',
      '- **Project (1 h):** build',
      '## Module 2',
      '### Day 3 - C',
      '- [Video (YouTube, 12 min)](https://v.example)',
    ].join('\n'));
    const [day1, day2, day3] = p.days;
    assert.deepStrictEqual(studyTime(day1), { total: 30 + 90 + 15 + 60, left: 30 + 90 + 60 });
    assert.deepStrictEqual(studyTime(day2), { total: 60, left: 0 }, 'a done day has nothing left');
    assert.deepStrictEqual(studyTime(day3), { total: 12, left: 12 });
    assert.deepStrictEqual(studyTime(p.root.children[0]), { total: 255, left: 180 });
    assert.deepStrictEqual(studyTime(p.root), { total: 267, left: 192 });
  });

  it('counts a note in a field\'s value, once per line (a learner\'s `[Video](url) (20 min)` and `(20 Min.)` counted nothing)', () => {
    const p = plan(['## Day 1 - A', '- **Resource:** [Video](https://x.y) (20 min)', '## Day 2 - B', '- **Resource:** [Video (20 min)](https://x.y) (Docs, 10 min)',
      '## Day 3 - C', '- **Ressource:** [Duolingo](https://d.example) (20 Min.)', '- **Goal:** finish in 30 min', '- Watch video, 15 min'].join('\n'));
    assert.deepStrictEqual(p.days.map((d) => studyTime(d).total), [20, 20, 20], 'prose (`finish in 30 min`, `video, 15 min`) is no estimate');
  });

  it('counts nothing of a skipped day: it left the plan (a learner saw 15 h left of 15 h after skipping half of it)', () => {
    const p = plan('# Plan\n\n## Week 1\n\n### Day 1 - A\n- **Task (30 min):** a\n\n### Day 2 - B \u23ED 2026-11-20\n- **Task (45 min):** b\n\n### Day 3 - C \u2705 2026-11-21\n- **Task (20 min):** c\n');
    assert.deepStrictEqual(p.days.map((d) => d.skipped), [false, true, false]);
    assert.deepStrictEqual(studyTime(p.days[1]), { total: 0, left: 0 });
    assert.deepStrictEqual(studyTime(p.root), { total: 50, left: 30 });
  });

  it('reads full-width groups and colons, and a day\'s title when its body gives no estimate (a trial\'s counted nothing)', () => {
    assert.deepStrictEqual(['\u590D\u4E60\u5411\u91CF\uFF0830\u5206\u949F\uFF09', '\u8AAD\u3080\uFF1A30\u5206\u9593', '\u590D\u4E60\uFF08\u7B2C3\u7AE0\uFF09'].map(notedDuration), [30, 30, null]);
    const p = plan(['### Day 1 - Intro (30 min)', 'text', '### Day 2 - Joins [1 h] \u2705 2026-11-20', '### Day 3 (1 h)', '- [ ] read (20 min)', '### Day 4 (Monday)', '- [ ] a'].join('\n'));
    assert.deepStrictEqual(p.days.map((d) => studyTime(d)), [{ total: 30, left: 30 }, { total: 60, left: 0 }, { total: 20, left: 20 }, { total: 0, left: 0 }],
      'the body\'s estimates are the parts of a title\'s (not added to it); a weekday in brackets is none');
    const parts = plan(['### Day 1 - Intro (2 h)', '#### Reading', '- [ ] ch 1 (30 min)', '#### Lab', '- [ ] lab (90 min)', '### Day 2 - Joins (1 h)', '#### Reading', 'text'].join('\n'));
    assert.deepStrictEqual(parts.days.map((d) => studyTime(d).total), [120, 60], 'subsections\' estimates are the parts of the title\'s, not added to it');
    // A heading inside a day is a part of it, not an estimate of its own (counting both doubled a day's time).
    const sections = plan(['### Day 1 - Foundations', '- **Time:** 2 h', '#### Theory (45 min)', 'text', '#### Practice (1h)', 'text'].join('\n'));
    assert.deepStrictEqual(sections.days.map((d) => studyTime(d).total), [120]);
    const table = plan(['| D\u00EDa | Tema |', '|---|---|', '| 1 | Saludos (30 minutos) |', '| 2 | Verbos |'].join('\n'));
    assert.deepStrictEqual(table.days.map((d) => studyTime(d).total), [30, 0]);
    // A time field in the plans' languages.
    const zeit = plan(['### Tag 1 - Verben', '- **Zeit:** 30 Minuten', '### Tag 2', '- **Tiempo:** Presente'].join('\n'));
    assert.deepStrictEqual(zeit.days.map((d) => studyTime(d).total), [30, 0]);
  });

  it('is zero for a plan that writes no durations', () => {
    assert.deepStrictEqual(studyTime(plan('### Day 1 - A\n- [ ] read\n').root), { total: 0, left: 0 });
  });

  it('counts the fixtures: 30 x 30 min in each 30-day plan, 50 link notes (462 min) in month 3', () => {
    for (const name of ['days-031-060-lakehouse-for-ai.md', 'days-121-150-delta-iceberg.md']) {
      const p = fixture(name);
      assert.deepStrictEqual(studyTime(p.root), { total: 900, left: 900 }, name);
      assert.ok(p.days.every((d) => studyTime(d).total === 30), `${name}: every day has its 30 min task or project`);
    }
    assert.deepStrictEqual(studyTime(fixture('month-3-batch-etl.md').root), { total: 462, left: 462 });
    assert.deepStrictEqual(studyTime(fixture('learning-journey-tracker.md').root), { total: 0, left: 0 }, '"~40 hours" summaries are not estimates');
  });
});
