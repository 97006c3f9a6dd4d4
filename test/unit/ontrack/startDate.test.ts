// Giving a plan a start date (src/core/schedule/startDate.ts; `replan --start`): a trial had to edit the front matter by hand.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyTextEdits, scheduleFor, setStartDate } from '../../../src/core';
import { runCli } from '../../../src/cli/main';
import { parse } from '../helpers';
import { tempDir } from '../tempDir';

const context = { today: '2026-11-26', options: {} };
const DAYS = '# SQL\n\n### Day 1 - Select\n- [ ] a\n### Day 2 - Where\n- [ ] b\n### Day 3 - Joins\n';

function started(text: string, date = '2026-11-24'): string {
  const outcome = setStartDate(text, parse(text), date, context);
  if (!outcome.ok) return `refused: ${outcome.message}`;
  return applyTextEdits(text, outcome.edits);
}

describe('a start date given (replan --start)', () => {
  it('is written where the plan keeps it: a new front matter, a line before YAML\'s closing fence, first in TOML\'s, the line it has', () => {
    const table: [string, string][] = [
      [DAYS, `---\nstart: 2026-11-24\n---\n${DAYS}`],
      [`\uFEFF${DAYS}`, `\uFEFF---\nstart: 2026-11-24\n---\n${DAYS}`],
      [`---\ntitle: SQL\n---\n${DAYS}`, `---\ntitle: SQL\nstart: 2026-11-24\n---\n${DAYS}`],
      [`---\r\ntitle: SQL\r\n---\r\n${DAYS.replace(/\n/g, '\r\n')}`, `---\r\ntitle: SQL\r\nstart: 2026-11-24\r\n---\r\n${DAYS.replace(/\n/g, '\r\n')}`],
      [`+++\ntitle = "SQL"\n+++\n${DAYS}`, `+++\nstart = 2026-11-24\ntitle = "SQL"\n+++\n${DAYS}`],
      [`---\nstart: 2026-11-01 # the first day\n---\n${DAYS}`, `---\nstart: 2026-11-24 # the first day\n---\n${DAYS}`],
      // A template's blank start (a trial's was refused).
      [`---\ntitle: SQL\nstart:\n---\n${DAYS}`, `---\ntitle: SQL\nstart: 2026-11-24\n---\n${DAYS}`],
      [`---\nstart:   # YYYY-MM-DD\n---\n${DAYS}`, `---\nstart: 2026-11-24 # YYYY-MM-DD\n---\n${DAYS}`],
    ];
    for (const [before, after] of table) {
      assert.strictEqual(started(before), after, JSON.stringify(before));
      assert.strictEqual(scheduleFor(parse(after), {})?.dateOf(0), '2026-11-24', 'the schedule reads it');
    }
  });

  it('says where the plan then stands; refuses what it cannot write; the date it has is nothing to change', () => {
    const outcome = setStartDate(DAYS, parse(DAYS), '2026-11-24', context);
    assert.ok(outcome.ok && outcome.summary === 'Start set to 2026-11-24 (ends 2026-11-26; 2 days behind)', JSON.stringify(outcome));
    const moved = `---\nstart: 2026-11-24\n---\n${DAYS}`;
    const later = setStartDate(moved, parse(moved), '2026-11-26', context);
    assert.ok(later.ok && later.summary === 'Start set to 2026-11-26 (ends 2026-11-28, was 2026-11-26; on schedule)', JSON.stringify(later));
    const same = setStartDate(moved, parse(moved), '2026-11-24', context);
    assert.ok(same.ok && same.edits.length === 0 && same.summary === 'Starts on 2026-11-24 already', JSON.stringify(same));
    for (const broken of [`---\nstart: soon\n---\n${DAYS}`, `---\ntitle: SQL\n${DAYS}`]) {
      assert.match(started(broken), /^refused: the front matter of .+ holds a start that is not a date, or does not close: edit its start: by hand$/);
    }
    // A start on a rest weekday: said where the first day is planned (a trial's Sunday start said nothing).
    const resting = `---\nrest: [sun]\n---\n${DAYS}`;
    const sunday = setStartDate(resting, parse(resting), '2026-11-22', context);
    assert.ok(sunday.ok && sunday.summary === 'Start set to 2026-11-22 (2026-11-22 is a rest day: Day 1 is planned on 2026-11-23; ends 2026-11-25; 3 days behind)', JSON.stringify(sunday));
    const monday = setStartDate(resting, parse(resting), '2026-11-23', context);
    assert.ok(monday.ok && !monday.summary.includes('rest day'), JSON.stringify(monday));
    // Day 1 pinned later by its own date: not the rest day's doing, nothing said of it (a review's).
    const pinned = resting.replace('### Day 1 - Select', '### Day 1 - Select \u{1F4C5} 2026-11-30');
    const early = setStartDate(pinned, parse(pinned), '2026-11-22', context);
    assert.ok(early.ok && !early.summary.includes('rest day'), JSON.stringify(early));
    assert.match(started('# Tasks\n\n- [ ] a\n- [ ] b\n'), /^refused: .* has no days to schedule$/);
    assert.match(started('# Journal\n\n## Monday\nRead.\n\n## Tuesday\nWrote.\n'), /is a journal/);
  });

  it('the CLI: replan --start DATE or today prints the diff and writes it; run again, nothing to change (exit 0)', async () => {
    const dir = tempDir('lp-start-');
    const file = path.join(dir, 'sql.md');
    fs.writeFileSync(file, DAYS);
    let out = '';
    let err = '';
    const run = (...argv: string[]): Promise<number> => runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 26, 9));
    assert.strictEqual(await run('replan', file, '--start', 'today'), 0, err);
    assert.match(out, /\+---\n\+start: 2026-11-26\n\+---\n/);
    assert.match(out, /sql\.md: Start set to 2026-11-26 \(ends 2026-11-28; on schedule\)\n$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), `---\nstart: 2026-11-26\n---\n${DAYS}`);
    out = '';
    assert.strictEqual(await run('replan', file, '--start', '2026-11-26'), 0, err);
    assert.match(out, /Starts on 2026-11-26 already \(nothing to change\)\n$/);
    assert.strictEqual(await run('replan', file, '--start', 'soon'), 2);
    assert.match(err, /--start must be a date as YYYY-MM-DD, or today, not 'soon'/);
    assert.strictEqual(await run('replan', file, '--start', '2026-11-26', '--shift', '1'), 2);
    assert.match(err, /replan takes one of --shift N, --spread K, --skip DAY or --start DATE at a time, not two/);
  });
});
