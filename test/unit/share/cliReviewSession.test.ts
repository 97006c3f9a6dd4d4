// `learning-plans review --interactive`: the due cards one by one in a terminal (a learner's report: reviewing
// in a terminal took a --show and a --grade command per card).
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { gradeOf } from '../../../src/cli/verbs/reviewSession';
import { tempDir } from '../tempDir';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CLOCK = () => new Date(2026, 10, 21, 8);

/** Runs the CLI with `answers` as the lines of standard input (null: the input ends there). */
async function session(argv: string[], answers: (string | null)[] | null): Promise<{ code: number; out: string; err: string; prompts: string[] }> {
  let out = '';
  let err = '';
  const prompts: string[] = [];
  const queue = [...(answers ?? [])];
  const readLine = async (prompt: string) => {
    prompts.push(prompt);
    out += prompt;
    const answer = queue.length ? queue.shift()! : null;
    out += `${answer ?? '^D'}\n`;
    return answer;
  };
  const io = { out: (t: string) => (out += t + '\n'), err: (t: string) => (err += t + '\n'), ...(answers ? { readLine } : {}) };
  const code = await runCli(argv, io, CLOCK);
  return { code, out, err, prompts };
}

/** A repository with the sample plans and two days of the batch ETL plan done (two Micro-Quiz cards). */
async function repository(): Promise<{ plans: string; log: string }> {
  const root = tempDir('lp-session-');
  fs.mkdirSync(path.join(root, '.git'));
  const plans = path.join(root, 'plans');
  fs.mkdirSync(plans);
  fs.copyFileSync(path.join(FIXTURES, 'month-3-batch-etl.md'), path.join(plans, 'month-3-batch-etl.md'));
  for (const [day, date] of [['1', '2026-11-18'], ['2', '2026-11-19']]) assert.strictEqual((await session(['done', path.join(plans, 'month-3-batch-etl.md'), day, '--date', date], null)).code, 0);
  return { plans, log: path.join(root, '.learning-plans', 'reviews.md') };
}

const logged = (log: string): string[] => fs.readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('- '));

describe('CLI: review --interactive', () => {
  it('shows each prompt, its answer after Enter, asks the grade with each grade\'s next date, and logs it at once', async () => {
    const { plans, log } = await repository();
    const result = await session(['review', plans, '--interactive'], ['', 'good', '', 'x', '1']);
    assert.strictEqual(result.code, 0, result.err);
    assert.match(result.out, /^2 cards to review on 2026-11-21\. Recall each answer, press Enter to see it, then grade your recall; q stops/);
    assert.match(result.out, /\n\[1\/2\] Micro-Quiz: What's the difference between batch and streaming processing\?\n {2}.*month-3-batch-etl\.md:11 \u00b7 Day 1\n/);
    assert.deepStrictEqual(result.prompts.filter((p) => p.includes('again')).slice(0, 1), ['  1 again (2026-11-22) \u00b7 2 hard (2026-11-23) \u00b7 3 good (2026-11-24) \u00b7 4 easy (2026-12-01), q stops: ']);
    assert.match(result.out, / {2}good: next review 2026-11-24\n/);
    assert.match(result.out, / {2}'x' is not a grade: type 1, 2, 3 or 4 \(or again, hard, good, easy\)\.\n/, 'a wrong key asks again');
    assert.match(result.out, / {2}again: next review 2026-11-22\n/);
    assert.match(result.out, /\nReviewed 2 of 2 cards; logged in .*reviews\.md\.\n$/);
    assert.deepStrictEqual(logged(log).map((line) => line.split(' ').slice(1, 4).join(' ').replace(/ \S+ /, ' ID ')), ['2026-11-21 ID good', '2026-11-21 ID again']);
    // What --grade would have written: the same line.
    const again = await session(['review', plans, '--json'], null);
    assert.strictEqual(JSON.parse(again.out).counts.due, 0, 'both graded today: none due');
  });

  it('q or the end of the input stops; each grade given before it stays logged', async () => {
    const { plans, log } = await repository();
    const stopped = await session(['review', plans, '--interactive'], ['', '3', 'q']);
    assert.strictEqual(stopped.code, 0);
    assert.match(stopped.out, /\nReviewed 1 of 2 cards; logged in /);
    assert.strictEqual(logged(log).length, 1);
    // The other card is still due: Ctrl-D at its grade logs nothing.
    const ended = await session(['review', plans, '--interactive'], ['']);
    assert.strictEqual(ended.code, 0);
    assert.match(ended.out, /\nReviewed 0 of 1 card\.\n$/);
    assert.strictEqual(logged(log).length, 1);
    const nothing = await session(['review', plans, '--interactive', '--today', '2026-11-21'], []);
    assert.match(nothing.out, /^1 card to review/);
  });

  it('says when nothing is due; refuses without an input, beside --grade, --show or --json, and after today', async () => {
    const { plans, log } = await repository();
    const early = await session(['review', path.join(plans, '..', 'nothing.md'), '--interactive'], []);
    assert.strictEqual(early.code, 2, 'a missing path');
    fs.writeFileSync(path.join(plans, 'empty.md'), '# Notes\n\n### Day 1\n- [ ] a\n');
    assert.strictEqual((await session(['review', path.join(plans, 'empty.md'), '--interactive'], [])).out, 'Nothing to review on 2026-11-21.\n');
    const noInput = await session(['review', plans, '--interactive'], null);
    assert.strictEqual(noInput.code, 2);
    assert.match(noInput.err, /--interactive needs a terminal/);
    for (const extra of [['--grade', 'abcd', 'good'], ['--show', 'abcd'], ['--json']]) {
      assert.strictEqual((await session(['review', plans, '--interactive', ...extra], ['']).then((r) => r.code)), 2, extra.join(' '));
    }
    assert.strictEqual((await session(['review', plans, '--interactive', '--today', '2026-11-22'], [''])).code, 2, 'grades are dated today');
    const past = await session(['review', plans, '--interactive', '--today', '2026-11-19'], ['']);
    assert.strictEqual(past.code, 2, 'a grade given now is not dated in the past');
    assert.match(past.err, /--interactive logs each grade on the day it is given \(2026-11-21\), not on --today 2026-11-19; nothing written/);
    assert.ok(!fs.existsSync(log));
  });

  it('what a learner types is shown inert; an empty grade asks again', async () => {
    const { plans } = await repository();
    const result = await session(['review', plans, '--interactive'], ['', '\x1b[31mred', '', 'good', 'q']);
    assert.match(result.out, / {2}'\\x1b\[31mred' is not a grade/);
    // The helper echoes each answer as a terminal would; everything the CLI printed itself is escaped.
    assert.ok(!result.out.replace(': \x1b[31mred\n', '').includes('\x1b'), 'no escape sequence reaches the terminal');
    assert.match(result.out, /\n {2}Type a grade: 1, 2, 3 or 4 \(or again, hard, good, easy\); q stops\.\n/);
  });

  it('a grade typed before the answer is taken once the answer is shown; other text asks for Enter again', async () => {
    const { plans, log } = await repository();
    const result = await session(['review', plans, '--interactive'], ['3', 'h', '', '4']);
    assert.strictEqual(result.code, 0, result.err);
    assert.strictEqual(result.prompts.filter((p) => p.includes('again (')).length, 1, 'the first card is not asked for its grade again');
    assert.match(result.out, /\(q stops\) 3\n {2}\(the plan nests no answer under it: recall what the day taught\)\n {2}good: next review 2026-11-24\n/);
    assert.match(result.out, /\(q stops\) h\n {2}'h': press Enter to see the answer \(or type a grade, 1-4, if you are sure; q stops\) \n/);
    assert.deepStrictEqual(logged(log).map((line) => line.split(' ')[3]), ['good', 'easy']);
  });

  it('a log that cannot be written stops the session with exit 1, saying how many grades were logged', async () => {
    const { plans, log } = await repository();
    let answered = 0;
    const io = {
      out: () => undefined,
      err: (t: string) => (err += t + '\n'),
      readLine: async () => {
        // Before the second grade, the log becomes a link out of the repository: the write is refused.
        if (++answered === 4) {
          fs.rmSync(log);
          fs.symlinkSync('/etc/hosts', log);
        }
        return ['', 'good', '', 'good'][answered - 1] ?? null;
      },
    };
    let err = '';
    assert.strictEqual(await runCli(['review', plans, '--interactive'], io, CLOCK), 1);
    assert.match(err, /^learning-plans: .*; 1 review of this session logged before it\n$/);
    assert.strictEqual(fs.readFileSync('/etc/hosts', 'utf8').includes('2026-11-21'), false);
  });

  it('reads a grade as its number, its word or its first letter', () => {
    const table: [string, string | null][] = [['1', 'again'], ['2', 'hard'], ['3', 'good'], ['4', 'easy'], [' Good ', 'good'], ['e', 'easy'], ['A', 'again'], ['5', null], ['', null], ['go', null], ['0', null]];
    for (const [typed, grade] of table) assert.strictEqual(gradeOf(typed), grade, JSON.stringify(typed));
    // Before the answer is shown, a letter is no grade (`h` might mean help).
    assert.deepStrictEqual(['3', 'easy', 'e', 'h'].map((typed) => gradeOf(typed, false)), ['good', 'easy', null, null]);
  });

  it('as a process: answers on standard input, grades logged, and the process ends when the input does', function () {
    this.timeout(30_000);
    return repository().then(({ plans, log }) => {
      const result = spawnSync(process.execPath, [CLI, 'review', plans, '--interactive'], { input: '\n4\n', encoding: 'utf8', timeout: 20_000 });
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /\(q stops\) \n/, 'an answer from a pipe is echoed: the transcript reads as typed');
      assert.match(result.stdout, /, q stops: 4\n {2}easy: next review/);
      assert.match(result.stdout, /Reviewed 1 of 2 cards; logged in /);
      assert.strictEqual(logged(log).length, 1);
    });
  });

  /** Whether `dist/cli.js args` exits (with its code) while its standard input stays an open pipe, after `input` is written. */
  function exitsWithStdinOpen(args: string[], input: string): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
      child.stdin.write(input);
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`${args.join(' ')} waited on standard input`));
      }, 20_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  it('the process ends when the verb does, with standard input still open: a verb that asks nothing, and a session stopped by q', async function () {
    this.timeout(60_000);
    assert.strictEqual(await exitsWithStdinOpen(['review', FIXTURES], ''), 0);
    // The session's reader is closed when the verb ends (checked: without that, the process waits here).
    const { plans } = await repository();
    assert.strictEqual(await exitsWithStdinOpen(['review', plans, '--interactive'], 'q\n'), 0);
  });
});
