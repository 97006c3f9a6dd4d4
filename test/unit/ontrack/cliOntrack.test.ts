import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { dayNames } from '../../../src/cli/dayNames';
import { readSample } from './ontrackHelpers';
import { tempDir } from '../tempDir';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 22, 19, 30));
  return { code, out, err };
}

function planFile(text: string, name = 'plan.md'): string {
  const file = path.join(tempDir('lp-ontrack-'), name);
  fs.writeFileSync(file, text);
  return file;
}

const LAKEHOUSE = `---\ntitle: Lakehouse\nstart: 2026-11-14   # the first day\n---\n${readSample('days-031-060-lakehouse-for-ai.md')}`;

describe('CLI: replan', () => {
  it('prints the diff of a shift and writes only the date (--dry-run writes nothing)', async () => {
    const file = planFile(LAKEHOUSE);
    const dry = await run('replan', file, '--shift', '8', '--dry-run');
    assert.strictEqual(dry.code, 0, dry.err);
    assert.match(dry.out, /^--- a\/.*plan\.md\n\+\+\+ b\/.*plan\.md\n@@ -1,6 \+1,6 @@\n ---\n title: Lakehouse\n-start: 2026-11-14 {3}# the first day\n\+start: 2026-11-22 {3}# the first day\n/);
    assert.match(dry.out, /Moved the rest of the plan 8 days later \(ends 2026-12-21, was 2026-12-13; on schedule\) \(dry run: nothing written\)/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), LAKEHOUSE);
    const real = await run('replan', file, '--shift', '8');
    assert.strictEqual(real.code, 0, real.err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), LAKEHOUSE.replace('start: 2026-11-14', 'start: 2026-11-22'));
  });

  it('spreads missed days after some were done, as 📅 dates on the headings, and says so in JSON', async () => {
    const started = LAKEHOUSE.replace('### **Day 31 - Lakehouse vs Data Warehouse for AI**', '### **Day 31 - Lakehouse vs Data Warehouse for AI** \u2705 2026-11-14');
    const file = planFile(started);
    const { code, out, err } = await run('replan', file, '--spread', '10', '--json');
    assert.strictEqual(code, 0, err);
    const result = JSON.parse(out);
    assert.deepStrictEqual([result.written, result.behindBefore, result.behindAfter, result.standing, result.endBefore, result.endAfter], [true, 7, 0, 'on schedule', '2026-12-13', '2026-12-13']);
    assert.match(result.diff, /\+### \*\*Day 32 - Delta Lake Deep Dive for AI\*\* \u{1F4C5} 2026-11-22/u);
    const status = JSON.parse((await run('status', file, '--json', '--today', '2026-11-22')).out);
    assert.deepStrictEqual([status.schedule.behind, status.schedule.end, status.currentDay.date], [0, '2026-12-13', '2026-11-22']);
    // The first date of the spread takes two days: status names the second too (a learner saw only the first).
    assert.deepStrictEqual(status.alsoToday.map((d: { number: number }) => d.number), [33]);
    assert.match((await run('status', file, '--today', '2026-11-22')).out, /\nAlso planned for today: Day 33 - Apache Iceberg for AI Data Management \(.*plan\.md:\d+\)\n/);
  });

  it('--skip takes a range of day numbers: skipping every missed day puts the plan on schedule (a learner\'s report)', async () => {
    assert.deepStrictEqual(dayNames('31-33, 35,today', '--skip '), ['31', '32', '33', '35', 'today']);
    assert.throws(() => dayNames('40-31', '--skip '), /from the lower day number to the higher/);
    assert.throws(() => dayNames('1-5000', '--skip '), /at most 1000 days/);
    const file = planFile(LAKEHOUSE);
    // Start 2026-11-14, today 2026-11-22: Days 31-38 were missed.
    const skipped = await run('replan', file, '--skip', '31-38', '--dry-run');
    assert.strictEqual(skipped.code, 0, skipped.err);
    assert.match(skipped.out, /\+start: 2026-11-22 {3}# the first day\n/);
    assert.match(skipped.out, /: Skipped 8 days \(ends 2026-12-13, unchanged; on schedule\) \(dry run: nothing written\)\n$/);
    assert.strictEqual((await run('replan', file, '--skip', '38-31')).code, 2);
    // A range over a `### Days 3-4` heading skips that day once (it was refused: `no Day 4`).
    const ranged = planFile('---\nstart: 2026-11-16\n---\n# Plan\n\n### Day 1\n\n### Days 2-4: Review\n\n### Day 5\n');
    const overRange = await run('replan', ranged, '--skip', '2-4');
    assert.strictEqual(overRange.code, 0, overRange.err);
    assert.strictEqual(fs.readFileSync(ranged, 'utf8').split('\u23ED').length, 2);
    assert.match(overRange.out, /Skipped 1 day /);
    assert.strictEqual(overRange.err, '', 'the whole range was named');
    // A number inside it alone skips it whole, and says so; messages name it as the plan does.
    const part = planFile('---\nstart: 2026-11-16\n---\n# Plan\n\n### Day 1\n\n### Days 2-4: Review\n\n### Day 5\n');
    const partly = await run('replan', part, '--skip', '3', '--dry-run');
    assert.deepStrictEqual([partly.code, partly.err], [0, 'learning-plans: note: Days 2-4: Review is one day of the plan: it is skipped whole\n']);
    assert.match((await run('done', part, '3')).out, /: Marked Days 2-4 complete/);
    assert.match((await run('undone', part, '4')).out, /: Marked Days 2-4 incomplete/);
    // What a skip leaves alone is said (a learner saw `Skipped 0 days` and no reason).
    const some = planFile('---\nstart: 2026-11-16\n---\n# Plan\n\n### Day 1 \u2705 2026-11-16\n\n### Day 2 \u23ED 2026-11-20\n\n### Day 3\n');
    const leftAlone = await run('replan', some, '--skip', '1-3', '--dry-run');
    assert.deepStrictEqual([leftAlone.code, leftAlone.err], [0, 'learning-plans: note: Day 1 is done: not skipped\nlearning-plans: note: Day 2 is skipped already\n']);
    assert.match(leftAlone.out, /Skipped 1 day /);
    // And undone takes a skip back.
    assert.match((await run('undone', some, '2')).out, /: Day 2 is back in the plan \(no longer skipped\)\n$/);
    assert.ok(fs.readFileSync(some, 'utf8').includes('### Day 2\n'));
  });

  it('skips named days, and refuses what it cannot do with exit 1 and nothing written', async () => {
    const file = planFile(LAKEHOUSE);
    const skipped = await run('replan', file, '--skip', '36,37');
    assert.strictEqual(skipped.code, 0, skipped.err);
    assert.match(fs.readFileSync(file, 'utf8'), /### \*\*Day 36 - Multi-Modal Data in Lakehouse\*\* \u23ED 2026-11-22\n/u);
    assert.match(skipped.out, /Skipped 2 days \(ends 2026-12-13, unchanged; still 6 days behind\)/);
    const before = fs.readFileSync(file, 'utf8');
    const unscheduled = planFile(readSample('month-3-batch-etl.md'));
    const refused = await run('replan', unscheduled, '--shift', '2');
    assert.deepStrictEqual([refused.code, /no schedule/.test(refused.err)], [1, true]);
    // A shift of a plan that was not behind is written, and said, with the way back (a trial's ran twice).
    const onTime = planFile('---\nstart: 2026-11-21\n---\n# P\n### Day 1\n- [x] a \u2705 2026-11-21\n### Day 2\n- [ ] b\n');
    const twice = await run('replan', onTime, '--shift', '2');
    assert.deepStrictEqual([twice.code, twice.err], [0, `learning-plans: note: ${onTime} was not behind schedule: replan ${onTime} --shift -2 moves it back\n`]);
    assert.strictEqual((await run('replan', file, '--shift', '2', '--dry-run')).err, '', 'a plan behind: nothing more said');
    // ...naming the command that gives it one (a trial's shift was told of front matter alone).
    assert.match(refused.err, / \(replan .*plan\.md --start YYYY-MM-DD writes the start date\); nothing written\n/);
    // A skip needs no schedule: the mark alone, the day next named; --json says there is no end (it was refused).
    const plain = planFile('# Plan\n### Day 1 - a\n- [ ] a\n### Day 2 - b\n- [ ] b\n### Day 3 - c\n');
    const unscheduledSkip = await run('replan', plain, '--skip', '1');
    assert.strictEqual(unscheduledSkip.code, 0, unscheduledSkip.err);
    assert.match(unscheduledSkip.out, /: Skipped 1 day \(the plan has no schedule; next: Day 2 - b\)\n$/);
    const json = JSON.parse((await run('replan', plain, '--skip', '2', '--json')).out);
    assert.deepStrictEqual([json.written, json.endBefore, json.endAfter, json.behindBefore, json.standing], [true, null, null, null, 'the plan has no schedule; next: Day 3 - c']);
    assert.strictEqual(fs.readFileSync(plain, 'utf8'), '# Plan\n### Day 1 - a \u23ED 2026-11-22\n- [ ] a\n### Day 2 - b \u23ED 2026-11-22\n- [ ] b\n### Day 3 - c\n');
    assert.strictEqual((await run('replan', file, '--spread', '1')).code, 1, 'eight missed days do not fit in one');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), before);
    assert.strictEqual((await run('replan', file)).code, 2);
    assert.strictEqual((await run('replan', file, '--shift', '0')).code, 2);
    assert.strictEqual((await run('replan', file, '--shift', '1', '--spread', '2')).code, 2);
    assert.strictEqual((await run('replan', file, '--spread', '9', '--double', 'monday')).code, 2);
    // A skip is dated with --today: not after today, as done's date (a trial's skip of tomorrow moved log's day).
    const ahead = await run('replan', file, '--skip', '1', '--today', '2026-11-23');
    assert.deepStrictEqual([ahead.code, ahead.err.split('\n')[0]], [1, 'learning-plans: --today 2026-11-23 is after today (2026-11-22): a skip is dated with it, and what is dated after today counts for nothing until then; nothing written']);
    // Said with what is wrong (a hostile trial's: a shift too large named no bound, seven rest days were ignored).
    assert.match((await run('replan', file, '--shift', '99999')).err, /--shift must be a whole number of days other than 0, from -9999 to 9999, not '99999'/);
    const resting = await run('status', file, '--rest', 'mon,tue,wed,thu,fri,sat,sun');
    assert.deepStrictEqual([resting.code, resting.err.split('\n')[0]], [2, "learning-plans: --rest leaves no weekday to study: name at most six (or none), not 'mon,tue,wed,thu,fri,sat,sun'"]);
  });

  it('status says why the shift it suggests is more than the days behind (a learner shifted by the days behind and stayed behind)', async () => {
    // Three days planned 2026-11-14..16, none done: on 2026-11-22 the plan is 3 days behind, and its current day
    // was planned 8 study days ago.
    const file = planFile('---\nstart: 2026-11-14\n---\n# Plan\n\n### Day 1\n\n### Day 2\n\n### Day 3\n');
    const { out } = await run('status', file);
    assert.match(out, /\nSchedule: 3 days behind schedule \(planned for 2026-11-14\); was to end 2026-11-16 \(catch up: learning-plans replan .* --shift 8 ends it 2026-11-2\d\)\n {2}\(--shift 8 moves the current day to today: it was planned 8 study days ago, and the plan had 3 open days in that time\)\n/);
    assert.match((await run('replan', file, '--shift', '8', '--dry-run')).out, /on schedule\) \(dry run/);
    // When the two agree, nothing more is said.
    assert.doesNotMatch((await run('status', planFile(LAKEHOUSE))).out, /moves the current day to today/);
    // On a rest day the shift lands on the next study day, and says so (a trial's "to today" landed on tomorrow).
    const rest = planFile('---\nstart: 2026-11-02\nrest: sun\n---\n# P\n### Day 1\n- [x] a \u2705 2026-11-02\n### Day 2\n- [ ] b\n### Day 3\n- [ ] c\n');
    assert.match((await run('status', rest, '--today', '2026-11-08')).out, /\n {2}\(--shift 5 moves the current day to the next study day \(today is a rest day\): it was planned 5 study days ago/);
    assert.match((await run('replan', rest, '--shift', '5', '--today', '2026-11-08', '--dry-run')).out, /on schedule; the next day is planned for 2026-11-09\) \(dry run/);
    // Another plan's pause today is no rest day of this plan's schedule: its shift still lands today (a review's).
    const folder = path.dirname(planFile('---\nstart: 2026-11-02\n---\n# A\n### Day 1\n- [x] a \u2705 2026-11-02\n### Day 2\n- [ ] b\n### Day 3\n- [x] c \u2705 2026-11-02\n### Day 4\n- [ ] d\n', 'a.md'));
    fs.writeFileSync(path.join(folder, 'b.md'), '# B\n### Day 1\n- [ ] x\n- \u23F8 2026-11-06\n');
    assert.match((await run('status', folder, '--today', '2026-11-06')).out, /\n {2}\(--shift 3 moves the current day to today:/);
  });

  it('moves the schedule past rest days (--rest for plans without rest:)', async () => {
    const file = planFile('---\nstart: 2026-11-16\n---\n### Day 1\n### Day 2\n### Day 3\n### Day 4\n### Day 5\n### Day 6\n');
    const plain = JSON.parse((await run('status', file, '--json', '--today', '2026-11-16')).out);
    assert.strictEqual(plain.schedule.end, '2026-11-21');
    const rested = JSON.parse((await run('status', file, '--json', '--today', '2026-11-16', '--rest', 'sat,sun')).out);
    assert.deepStrictEqual([rested.schedule.end, rested.schedule.restWeekdays], ['2026-11-23', ['sat', 'sun']]);
    assert.strictEqual((await run('status', file, '--rest', 'someday')).code, 2);
  });
});

describe('CLI: log', () => {
  it('writes the timer\'s line under the day, byte for byte, and status sums it next to the planned time', async () => {
    const text = readSample('days-031-060-lakehouse-for-ai.md').replace(/\n/g, '\r\n');
    const file = planFile(text);
    const { code, out, err } = await run('log', file, '32', '45m', '--from', '18:30');
    assert.strictEqual(code, 0, err);
    assert.match(out, /Logged 45 min on Day 32/);
    const after = fs.readFileSync(file, 'utf8');
    const line = '- \u23F1 2026-11-22 18:30-19:15 (45 min)';
    assert.strictEqual(after, text.replace('Why Delta Lake is perfect for AI workloads: ACID transactions meet machine learning"\r\n', `Why Delta Lake is perfect for AI workloads: ACID transactions meet machine learning"\r\n${line}\r\n`));
    const second = await run('log', file, 'line:21', '1h', '--date', '2026-11-21');
    assert.strictEqual(second.code, 0, second.err);
    assert.match(fs.readFileSync(file, 'utf8'), /\r\n- \u23F1 2026-11-22 18:30-19:15 \(45 min\)\r\n- \u23F1 2026-11-21 \(1 h\)\r\n/u);
    const status = JSON.parse((await run('status', file, '--json', '--today', '2026-11-22')).out);
    assert.deepStrictEqual([status.plans[0].studyMinutes, status.plans[0].plannedMinutes.total], [105, 900]);
    assert.deepStrictEqual([status.streak.current, status.streak.activeDays, status.streak.doneToday], [2, 2, 0], 'sessions are activity, not done items');
    const textOut = (await run('status', file, '--today', '2026-11-22')).out;
    assert.match(textOut, /1 h 45 min studied/);
  });

  it('refuses bad durations and unknown days', async () => {
    const file = planFile('### Day 1\n');
    assert.strictEqual((await run('log', file, '1', 'soon')).code, 2);
    assert.strictEqual((await run('log', file, '1', '45m', '--from', '25:00')).code, 2);
    const missing = await run('log', file, '9', '45m');
    assert.deepStrictEqual([missing.code, /has no Day 9/.test(missing.err)], [1, true]);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 1\n');
  });

  it('refuses a session that has not begun yet, and more than 24 h on one date (a learner logged 20h twice: 40 h in a day)', async () => {
    const file = planFile('### Day 1\n');
    const ahead = await run('log', file, '1', '30m', '--from', '23:50');
    // Refused, not a usage error: no usage text after it (a trial's).
    assert.strictEqual(ahead.code, 1);
    assert.doesNotMatch(ahead.err, /Usage:/);
    assert.match(ahead.err, /a session from 23:50 starts after now \(19:30\): log it once it is over, or give the --date it was on/);
    const running = await run('log', file, '1', '45m', '--from', '19:00', '--date', '2026-11-22');
    assert.strictEqual(running.code, 1, 'one that has not ended yet is not over either (from a trial)');
    assert.match(running.err, /a session from 19:00 ends at 19:45, after now \(19:30\): log it once it is over; nothing written\n/);
    assert.strictEqual((await run('log', file, '1', '30m', '--from', '23:50', '--date', '2026-11-21')).code, 0, 'on a past date it is over');
    assert.strictEqual((await run('log', file, '1', '20h')).code, 0);
    const over = await run('log', file, '1', '5h');
    assert.strictEqual(over.code, 1);
    assert.match(over.err, /20 h 20 min is logged on 2026-11-22 in this plan already: 5 h more would make more than 24 h that day; nothing written/);
    // (the session of 2026-11-21 from 23:50 ran 20 minutes into 2026-11-22: they count there)
    assert.strictEqual((await run('log', file, '1', '3h40m')).code, 0, 'up to 24 h');
  });
});

describe('CLI: status with rest days and pauses', () => {
  it('shows the rest days that kept the streak (streak.restDays)', async () => {
    const file = planFile('---\nrest: [sat, sun]\n---\n### Day 1 \u2705 2026-11-19\n### Day 2 \u2705 2026-11-20\n### Day 3\n');
    const status = JSON.parse((await run('status', file, '--json', '--today', '2026-11-23')).out);
    assert.deepStrictEqual([status.streak.current, status.streak.restDays, status.streak.restWeekdays, status.streak.restToday], [2, ['2026-11-21', '2026-11-22'], ['sat', 'sun'], false]);
    const text = (await run('status', file, '--today', '2026-11-22')).out;
    assert.match(text, /Streak: 2 days \(rest day today\)/);
    // Both notes in one bracket (a trial's `(over 2 rest days) (nothing done yet today)`).
    assert.match((await run('status', file, '--today', '2026-11-23')).out, /Streak: 2 days \(over 2 rest days; nothing done yet today\); longest/);
    // Studied on a rest day: counted, and said so (a trial's "(rest day today)" beside 2 ✅ today).
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('### Day 3\n', '### Day 3 \u2705 2026-11-22\n'));
    assert.match((await run('status', file, '--today', '2026-11-22')).out, /Streak: 3 days \(a rest day, studied\); longest 3 days; 3 active days; 1 \u2705 today/);
  });
});
