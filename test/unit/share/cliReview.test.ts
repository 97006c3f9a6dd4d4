import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { tempDir } from '../tempDir';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 8));
  return { code, out, err };
}

/** A repository in a temp folder: the sample plans under plans/, a .git folder marking the root. */
async function repository(): Promise<{ root: string; plan: string; log: string }> {
  const root = tempDir('lp-review-');
  fs.mkdirSync(path.join(root, '.git'));
  fs.mkdirSync(path.join(root, 'plans'));
  for (const name of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, name), path.join(root, 'plans', name));
  return { root, plan: path.join(root, 'plans', 'month-3-batch-etl.md'), log: path.join(root, '.learning-plans', 'reviews.md') };
}

describe('CLI: review', () => {
  it('says so when a file named on its own is no plan (a learner\'s notes gave 0 cards without a word); a folder\'s notes are passed over quietly', async () => {
    const { root } = await repository();
    const notes = path.join(root, 'notes.md');
    fs.writeFileSync(notes, '# Notes\n\n## Key Learnings\n- Pods: the smallest deployable unit\n');
    const named = await run('review', notes);
    assert.strictEqual(named.code, 0);
    assert.strictEqual(named.err, `learning-plans: warning: ${notes} is no plan (no day, week, module or checkbox in it): nothing of it is read\n`);
    assert.strictEqual((await run('review', root)).err, '');
  });

  it('lists due cards from done days and learnings, grades one into an appended log line, and schedules it', async () => {
    const { root, plan, log } = await repository();
    for (const [day, date] of [['1', '2026-11-18'], ['2', '2026-11-19']]) assert.strictEqual((await run('done', plan, day, '--date', date)).code, 0);

    const due = JSON.parse((await run('review', path.join(root, 'plans'), '--due', '--json')).out);
    assert.strictEqual(due.today, '2026-11-21');
    assert.strictEqual(due.log, log);
    assert.strictEqual(due.cards, 20, '2 Micro-Quiz cards of done days and 18 learnings of the tracker');
    assert.deepStrictEqual(due.counts, { due: 20, reviews: 0, new: 20, newWaiting: 0 });
    const [first] = due.due;
    assert.deepStrictEqual(
      { prompt: first.prompt, label: first.label, kind: first.kind, line: first.line, context: first.context, state: first.state, due: first.due },
      { prompt: "What's the difference between batch and streaming processing?", label: 'Micro-Quiz', kind: 'quiz', line: 11, context: { kind: 'day', title: 'Day 1', line: 5 }, state: 'new', due: '2026-11-18' },
    );

    const graded = (await run('review', path.join(root, 'plans'), '--grade', first.id, 'good'));
    assert.strictEqual(graded.code, 0, graded.err);
    assert.match(graded.out, /Next review: 2026-11-24\./);
    const text = fs.readFileSync(log, 'utf8');
    assert.ok(text.startsWith('# Reviews\n'), 'a new log has a header');
    assert.ok(text.endsWith(`\n- 2026-11-21 ${first.id} good \u00b7 plans/month-3-batch-etl.md \u00b7 Day 1 \u00b7 Micro-Quiz: What's the difference between batch and streaming processing?\n`), text);
    assert.strictEqual(fs.readFileSync(path.join(root, '.learning-plans', '.gitattributes'), 'utf8'), 'reviews.md merge=union\n');

    // The same command again (from the shell's history) logs a second review of the day, and says so.
    const again = await run('review', path.join(root, 'plans'), '--grade', first.id, 'good');
    assert.match(again.out, /\nAlso graded good on 2026-11-21 before: both reviews count \(to take this one back, delete the last line of the log\)\n$/);
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    assert.strictEqual(lines.filter((l) => l.includes(first.id)).length, 2);
    fs.writeFileSync(log, lines.filter((_, i) => i !== lines.length - 2).join('\n'));
    assert.strictEqual(fs.readFileSync(log, 'utf8'), text, 'deleting the last line takes it back');
    const after = JSON.parse((await run('review', path.join(root, 'plans'), '--json')).out);
    assert.ok(!after.due.some((c: { id: string }) => c.id === first.id), 'graded today: not due');
    assert.strictEqual(after.counts.new, 19, 'one of today\'s 20 new cards is used');
    const later = JSON.parse((await run('review', path.join(root, 'plans'), '--json', '--today', '2026-11-24')).out);
    assert.deepStrictEqual(later.due.slice(0, 1).map((c: { id: string; state: string }) => [c.id, c.state]), [[first.id, 'review']]);
  });

  it('--show prints a card\'s answer and where it comes from, to check a recall in a terminal (a learner\'s report: the answer was only in --json)', async () => {
    const { root } = await repository();
    const plans = path.join(root, 'plans');
    const due = JSON.parse((await run('review', plans, '--json', '--new', '500')).out);
    const card = due.due.find((c: { text: string; prompt: string }) => c.text === 'Different catalogs have different strengths:' && c.prompt === c.text);
    assert.ok(card, 'the tracker\'s learning with nested items');
    const shown = await run('review', plans, '--show', card.id.slice(0, 5));
    assert.strictEqual(shown.code, 0, shown.err);
    assert.strictEqual(shown.out, [
      `${card.id}  ${card.label}: Different catalogs have different strengths:`,
      '  - Glue: AWS-native, serverless, integrated with Lake Formation',
      '  - Polaris: Open-source, vendor-neutral, self-hostable',
      `${path.join(plans, 'learning-journey-tracker.md')}:${card.line} \u00b7 ${card.context.title}`, // the file as named, as the list names it
      `Grade it: learning-plans review --grade ${card.id} again|hard|good|easy`,
      '',
    ].join('\n'));
    assert.ok(!fs.existsSync(path.join(root, '.learning-plans')), 'showing writes nothing');
    assert.match((await run('review', plans, '--show', 'zzzzzzzz')).err, /^learning-plans: no card 'zzzzzzzz' in these plans\n/);
    assert.strictEqual((await run('review', plans, '--show', card.id, '--json')).code, 2);
    assert.match((await run('review', plans)).out, /Recall each, then: learning-plans review --show <card> \(its answer\), --grade <card> again\|hard\|good\|easy; or all in turn: learning-plans review --interactive\n$/);
  });

  it('a learning is listed and asked by its first words, shown whole by --show and the reveal, logged and graded by its text', async () => {
    const { root } = await repository();
    const plans = path.join(root, 'plans');
    const due = JSON.parse((await run('review', plans, '--json', '--new', '500')).out);
    const card = due.due.find((c: { text: string }) => c.text === 'Time travel is powerful for debugging and auditing');
    assert.deepStrictEqual([card.prompt, card.answer], ['Time travel is \u2026', ['Time travel is powerful for debugging and auditing']]);
    const listed = (await run('review', plans, '--new', '500')).out;
    assert.ok(listed.includes(`${card.id}  new  Key Learnings: Time travel is \u2026\n`) && !listed.includes('debugging and auditing'), 'the list gives no answer away');
    const shown = (await run('review', plans, '--show', card.id)).out;
    assert.ok(shown.startsWith(`${card.id}  Key Learnings: Time travel is \u2026\n  Time travel is powerful for debugging and auditing\n`), shown);
    const graded = await run('review', plans, '--grade', card.id, 'good');
    assert.match(graded.out, /: Key Learnings: Time travel is powerful for debugging and auditing\nNext review: /);
    assert.match(fs.readFileSync(path.join(root, '.learning-plans', 'reviews.md'), 'utf8'), / good \u00b7 plans\/learning-journey-tracker\.md \u00b7 Apache Iceberg \u00b7 Key Learnings: Time travel is powerful for debugging and auditing\n$/);
  });

  it('appends byte for byte to an existing CRLF log, takes a unique id prefix and --date, and finds the root from the working folder', async () => {
    const { root, plan, log } = await repository();
    (await run('done', plan, '1', '--date', '2026-11-18'));
    fs.mkdirSync(path.dirname(log));
    const before = Buffer.from('# My reviews\r\n\r\nHand-written note \u00e9.\r\n- 2026-11-19 zzzzzzzz good\r\n');
    fs.writeFileSync(log, before);
    const [card] = JSON.parse((await run('review', plan, '--json')).out).due;
    const cwd = process.cwd();
    try {
      process.chdir(path.join(root, 'plans'));
      const graded = (await run('review', '--grade', card.id.slice(0, 5), 'HARD', '--date', '2026-11-20'));
      assert.strictEqual(graded.code, 0, graded.err);
    } finally {
      process.chdir(cwd);
    }
    const after = fs.readFileSync(log);
    assert.deepStrictEqual(after.subarray(0, before.length), before, 'every existing byte kept');
    assert.match(after.subarray(before.length).toString('utf8'), new RegExp(`^- 2026-11-20 ${card.id} hard \u00b7 plans/month-3-batch-etl\\.md \u00b7 Day 1 \u00b7 Micro-Quiz: .*\\?\r\n$`));
    const listed = (await run('review', '--root', root));
    assert.match(listed.out, /1 card id in the log matches no card any more .*zzzzzzzz/);
    assert.match((await run('review', root)).out, /1 card id in the log matches no card any more/, 'the root named as a path');
    // One plan named: the log's other ids may be other plans' cards (a learner's report).
    const one = (await run('review', plan));
    assert.doesNotMatch(one.out, /no card any more/);
    assert.strictEqual(JSON.parse((await run('review', plan, '--json')).out).orphans, null, 'not known: not an empty list');
    assert.deepStrictEqual(JSON.parse((await run('review', '--root', root, '--json')).out).orphans, ['zzzzzzzz']);
  });

  // A grade dated before one already logged: the card is due when the whole history says (a learner's report).
  it('reports the next review of a back-dated grade from the whole log', async () => {
    const { plan } = await repository();
    (await run('done', plan, '1', '--date', '2026-11-10'));
    const [card] = JSON.parse((await run('review', plan, '--json', '--today', '2026-11-12')).out).due;
    assert.strictEqual((await run('review', plan, '--grade', card.id, 'easy', '--date', '2026-11-21')).code, 0);
    const back = await run('review', plan, '--grade', card.id, 'good', '--date', '2026-11-15');
    assert.strictEqual(back.code, 0, back.err);
    const later = JSON.parse((await run('review', plan, '--json', '--today', '2027-06-01')).out).due.find((c: { id: string }) => c.id === card.id);
    assert.match(back.out, new RegExp(`Next review: ${later.due} \\(after the 1 later review in the log\\)\\.`));
    assert.ok(later.due > '2026-11-21', later.due);
  });

  it('takes a grade as 1-4, as the interactive session numbers them (a learner typed --grade CARD 3)', async () => {
    const { plan } = await repository();
    (await run('done', plan, '1', '--date', '2026-11-18'));
    const [card] = JSON.parse((await run('review', plan, '--json')).out).due;
    const numbered = await run('review', plan, '--grade', card.id, '3', '--date', '2026-11-19');
    assert.strictEqual(numbered.code, 0, numbered.err);
    assert.match(numbered.out, new RegExp(`^${card.id} good on 2026-11-19: `));
  });

  it('refuses an unknown card (exit 1), a bad grade or date (exit 2), and writes nothing', async () => {
    const { root, plan, log } = await repository();
    (await run('done', plan, '1', '--date', '2026-11-18'));
    const unknown = (await run('review', plan, '--grade', 'zzzzzzzz', 'good'));
    assert.strictEqual(unknown.code, 1);
    assert.match(unknown.err, /no card 'zzzzzzzz' in these plans; nothing written/);
    const [card] = JSON.parse((await run('review', plan, '--json')).out).due;
    const short = (await run('review', plan, '--grade', card.id.slice(0, 3), 'good'));
    assert.strictEqual(short.code, 1);
    assert.match(short.err, /is too short to name a card: give at least 4 characters of its id \(as review lists it\); nothing written/);
    assert.strictEqual((await run('review', plan, '--grade', 'zzzzzzzz', 'great')).code, 2);
    assert.strictEqual((await run('review', plan, '--grade', card.id, '5')).code, 2, 'a grade number past 4');
    assert.strictEqual((await run('review', plan, '--grade', 'zzzzzzzz', 'good', '--date', '2026-02-30')).code, 2);
    assert.strictEqual((await run('review', plan, '--due', '--grade', 'zzzzzzzz', 'good')).code, 2);
    const future = await run('review', plan, '--grade', card.id, 'good', '--today', '2030-01-01');
    assert.strictEqual(future.code, 1, 'a grade dated by --today after the real today');
    assert.match(future.err, /--today 2030-01-01 is after today \(2026-11-21\)/);
    assert.strictEqual((await run('review', plan, '--grade', card.id, 'good', '--date', '2026-11-22')).code, 1, '--date after today');
    // Before the card's day was done: a mistyped year hid a learner's card for months.
    const before = await run('review', plan, '--grade', card.id, 'easy', '--date', '2020-11-18');
    assert.strictEqual(before.code, 1, 'refused, not a usage error (from a trial: the usage was printed)');
    assert.match(before.err, new RegExp(`^learning-plans: warning: --date 2020-11-18 is 6 years before today \\(2026-11-21\\): a mistyped year\\?\nlearning-plans: ${card.id} comes from a day done on 2026-11-18: a review dated 2020-11-18 is before it \\(a mistyped date\\?\\); nothing written`));
    assert.strictEqual((await run('review', path.join(root, 'nothing-here'))).code, 2);
    assert.ok(!fs.existsSync(log), 'no log written');
  });

  it('says when nothing is due, and limits new cards with --new', async () => {
    const { plan } = await repository();
    const none = (await run('review', plan));
    assert.match(none.out, /^0 cards to review on 2026-11-21 \(0 reviews, 0 new; 0 cards in all\)/);
    for (const day of ['1', '2', '3']) (await run('done', plan, day, '--date', '2026-11-20'));
    const limited = JSON.parse((await run('review', plan, '--json', '--new', '2')).out);
    assert.deepStrictEqual(limited.counts, { due: 2, reviews: 0, new: 2, newWaiting: 1 });
  });
});
