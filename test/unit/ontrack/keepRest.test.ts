// A replan keeps the rest read from a plan's dates (src/core/schedule/keepRest.ts): where the new dates would read
// other rest, it writes `rest:` into the front matter (a trial's Mon/Wed/Fri plan, shifted a day, read as one of
// every day and ended sooner).
import * as assert from 'assert';
import { applyTextEdits, catchUp, frontMatterRest, Lines, scheduleFor } from '../../../src/core';
import { frontMatterRestEdit } from '../../../src/core/schedule/keepRest';
import { parse } from '../helpers';

/** A couch-to-5K table run Mon/Wed/Fri: five runs done on their dates, Fri 27th missed, Mon 30th open, three undated. */
const MWF = [
  '# C25K', '| Week | Day | Date | Workout | Done |', '|------|-----|------|---------|------|',
  '| 1 | 1 | 2026-11-16 | A | \u2705 2026-11-16 |', '|   | 2 | 2026-11-18 | A | \u2705 2026-11-18 |', '|   | 3 | 2026-11-20 | A | \u2705 2026-11-20 |',
  '| 2 | 1 | 2026-11-23 | B | \u2705 2026-11-23 |', '|   | 2 | 2026-11-25 | B | \u2705 2026-11-25 |', '|   | 3 | 2026-11-27 | B | |',
  '| 3 | 1 | 2026-11-30 | C | |', '|   | 2 |  | C | |', '|   | 3 |  | C | |', '| 4 | 1 |  | D | |', '',
].join('\n');

describe('a replan keeps the rest read from the dates it changes', () => {
  it('writes the rest down where the new dates would lose it: the plan ends later, not sooner, and keeps its weekdays', () => {
    const plan = parse(MWF);
    assert.strictEqual(scheduleFor(plan)!.end, '2026-12-07');
    const shifted = catchUp(MWF, plan, { kind: 'shift', days: 1 }, { today: '2026-11-30', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
    const after = applyTextEdits(MWF, shifted.edits);
    assert.ok(after.startsWith('---\nrest: [tue, thu, sat, sun]\n---\n# C25K\n'), after.slice(0, 60));
    assert.deepStrictEqual(shifted.keptRest, [2, 4, 6, 7]);
    assert.match(shifted.summary, /ends 2026-12-09, was 2026-12-07; .*\); rest: \[tue, thu, sat, sun\] written in its front matter, as its dates said before$/);
    const replanned = parse(after);
    assert.deepStrictEqual(frontMatterRest(replanned), [2, 4, 6, 7]);
    const schedule = scheduleFor(replanned)!;
    assert.deepStrictEqual(replanned.days.slice(5).map((_, i) => schedule.dateOf(i + 5)), ['2026-11-30', '2026-12-02', '2026-12-04', '2026-12-07', '2026-12-09']);
  });

  it('writes nothing where the new dates say the same rest, or the learner gave it (rest:, --rest, the setting)', () => {
    // Monday to Friday over three weeks, shifted within them: still Monday to Friday.
    const dates = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20'];
    const tracker = `# SQL\n\n${dates.map((d, i) => `### Day ${i + 1} \u{1F4C5} 2026-11-${d}\n- [${i < 2 ? 'x' : ' '}] t\n`).join('')}`;
    const kept = catchUp(tracker, parse(tracker), { kind: 'shift', days: 2 }, { today: '2026-11-06', options: {} });
    assert.ok(kept.ok && kept.keptRest === undefined && !kept.summary.includes('rest:'), kept.ok ? kept.summary : kept.message);
    for (const options of [{ configuredRest: [6, 7] }, { configuredRest: [] }]) {
      const given = catchUp(MWF, parse(MWF), { kind: 'shift', days: 1 }, { today: '2026-11-30', options });
      assert.ok(given.ok && given.keptRest === undefined, JSON.stringify(options));
    }
    const written = `---\nrest: [tue, thu, sat, sun]\n---\n${MWF}`;
    const own = catchUp(written, parse(written), { kind: 'shift', days: 1 }, { today: '2026-11-30', options: {} });
    assert.ok(own.ok && own.keptRest === undefined);
    // A rest the learner wrote that is not read (a key in another case, front matter that does not parse) is not
    // written a second time; nor is one where the front matter would not read it back (a review's).
    for (const front of ['Rest: [sat]\n', 'title: "x\nrest: [tue, thu, sat, sun]\n', 'rest: [sat, sun\n', 'title: "x\n']) {
      const text = `---\n${front}---\n${MWF}`;
      const replan = catchUp(text, parse(text), { kind: 'shift', days: 1 }, { today: '2026-11-30', options: {} });
      assert.ok(replan.ok && replan.keptRest === undefined && !replan.summary.includes('rest:'), JSON.stringify(front));
      assert.strictEqual(applyTextEdits(text, replan.edits).split('\n').filter((line) => /^rest/i.test(line)).length, /rest/i.test(front) ? 1 : 0, JSON.stringify(front));
    }
  });

  it('keeps it where the front matter holds a nested rest (an interval\'s seconds), which is no rest of the schedule', () => {
    const text = `---\nintervals:\n  rest: 90\n---\n${MWF}`;
    const shifted = catchUp(text, parse(text), { kind: 'shift', days: 1 }, { today: '2026-11-30', options: {} });
    assert.ok(shifted.ok && shifted.keptRest !== undefined, shifted.ok ? shifted.summary : shifted.message);
    assert.ok(applyTextEdits(text, shifted.edits).startsWith('---\nintervals:\n  rest: 90\nrest: [tue, thu, sat, sun]\n---\n'));
  });

  it('keeps it in TOML front matter, as TOML', () => {
    const text = `+++\ntitle = "C25K"\n+++\n${MWF}`;
    const shifted = catchUp(text, parse(text), { kind: 'shift', days: 1 }, { today: '2026-11-30', options: {} });
    assert.ok(shifted.ok && shifted.keptRest !== undefined, shifted.ok ? shifted.summary : shifted.message);
    const after = applyTextEdits(text, shifted.edits);
    assert.ok(after.startsWith('+++\nrest = ["tue", "thu", "sat", "sun"]\ntitle = "C25K"\n+++\n'), after.slice(0, 80));
    assert.deepStrictEqual(frontMatterRest(parse(after)), [2, 4, 6, 7]);
  });

  it('checks the days done against the plan before the rest is written (its lines move every day below them)', () => {
    // Done days titled by dates without a year (the file's title gives it), Mon/Wed/Fri: a review's shift was refused.
    const text = ['# SQL study 2026', '## Nov 16 - A \u{1F4C5} 2026-11-16 \u2705 2026-11-16', '## Nov 18 - B \u{1F4C5} 2026-11-18 \u2705 2026-11-18',
      '## Nov 20 - C \u{1F4C5} 2026-11-20 \u2705 2026-11-20', '## Nov 23 - D \u{1F4C5} 2026-11-23 \u2705 2026-11-23', '## Nov 25 - E \u{1F4C5} 2026-11-25 \u2705 2026-11-25',
      '## Nov 27 - F \u{1F4C5} 2026-11-27', '## Day 7 \u{1F4C5} 2026-11-30', '## Day 8', '## Day 9', '## Day 10', ''].join('\n');
    const shifted = catchUp(text, parse(text), { kind: 'shift', days: 1 }, { today: '2026-11-30', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
  });

  it('puts the line in the front matter as the file writes it: its line breaks, after a BOM, before the closing line', () => {
    const cases: [string, string | null][] = [
      ['# Plan\n', '---\nrest: [sat, sun]\n---\n# Plan\n'],
      ['# Plan\r\n', '---\r\nrest: [sat, sun]\r\n---\r\n# Plan\r\n'],
      ['\uFEFF# Plan\n', '\uFEFF---\nrest: [sat, sun]\n---\n# Plan\n'],
      ['---\r\ntitle: SQL\r\n---\r\n# Plan\r\n', '---\r\ntitle: SQL\r\nrest: [sat, sun]\r\n---\r\n# Plan\r\n'],
      ['---\ntitle: SQL\n...\n# Plan\n', '---\ntitle: SQL\nrest: [sat, sun]\n...\n# Plan\n'],
      // TOML front matter: first, before any table (where a key is top-level); one that never closes: nothing written.
      ['+++\ntitle = "SQL"\n[params]\nx = 1\n+++\n# Plan\n', '+++\nrest = ["sat", "sun"]\ntitle = "SQL"\n[params]\nx = 1\n+++\n# Plan\n'],
      ['+++\r\ntitle = "SQL"\r\n+++\r\n# Plan\r\n', '+++\r\nrest = ["sat", "sun"]\r\ntitle = "SQL"\r\n+++\r\n# Plan\r\n'],
      ['+++\ntitle = "SQL"\n# Plan\n', null],
      // A rest key there already, even one that reads as none (a TOML array over several lines): no second one.
      ['+++\nrest = [\n  "sat", "sun",\n]\n+++\n# Plan\n', null],
      ['---\nRest: [sat]\n---\n# Plan\n', null],
      // A nested `rest:` (an interval's seconds) is no rest of the schedule: the line is written.
      ['---\nintervals:\n  rest: 90\n---\n# Plan\n', '---\nintervals:\n  rest: 90\nrest: [sat, sun]\n---\n# Plan\n'],
      ['---\ntitle: SQL\n# Plan\n', null],
    ];
    for (const [text, expected] of cases) {
      const edit = frontMatterRestEdit(new Lines(text), [6, 7]);
      assert.strictEqual(edit === null ? null : applyTextEdits(text, [edit]), expected, JSON.stringify(text));
    }
  });
});
