import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 27, 8));
  return { code, out, err };
}

const PLAN = [
  '---', 'start: 2026-11-24', '---', '# SQL',
  '### Day 1 - Select \u2705 2026-11-24', '- [x] read \u2705 2026-11-24',
  '### Day 2 - Joins (45 min)', '- **Resource:** [Joins](https://example.org/joins)', '- [ ] Read [the docs](https://docs.example.org) carefully', '- [ ] drill',
  '### Day 3 - Groups \u23ED 2026-11-25', '- [ ] group',
  '### Day 4 - Windows', '',
].join('\n');

describe('CLI: show, any day as status shows the current one', () => {
  const file = (): string => {
    const at = path.join(tempDir('lp-show-'), 'sql.md');
    fs.writeFileSync(at, PLAN);
    return at;
  };

  it('today as of a past date names the day status names then, a day done later counting as done (a trial\'s named another)', async () => {
    const plan = file();
    fs.writeFileSync(plan, PLAN.replace('### Day 2 - Joins (45 min)', '### Day 2 - Joins (45 min) \u2705 2026-11-26'));
    const status = await run('status', plan, '--today', '2026-11-25');
    const current = /^Current day: (.*) \(/m.exec(status.out)?.[1];
    assert.strictEqual(current, 'Day 4 - Windows');
    for (const verb of ['show', 'links']) {
      const shown = await run(verb, plan, 'today', '--today', '2026-11-25');
      assert.match(shown.out + shown.err, /Day 4/, verb);
      assert.doesNotMatch(shown.out + shown.err, /Day 2/, verb);
    }
  });

  it('an open day ahead: its planned date, progress, study time, then fields, links and tasks with their lines, in order', async () => {
    const plan = file();
    const shown = await run('show', plan, '2');
    assert.strictEqual(shown.code, 0, shown.err);
    assert.strictEqual(shown.out, [
      `Day 2 - Joins (45 min) (${plan}:7)`,
      '  open \u00B7 planned 2026-11-25 \u00B7 0/2 tasks \u00B7 45 min planned',
      '  Resource: Joins <https://example.org/joins>',
      '  [ ] Read the docs carefully  (line 9)',
      '    the docs <https://docs.example.org>',
      '  [ ] drill  (line 10)',
      '',
    ].join('\n'));
  });

  it('a done day with its date, a skipped day, a day with nothing under it; today and a missing day as other verbs take them', async () => {
    const plan = file();
    assert.strictEqual((await run('show', plan, '1')).out, `Day 1 - Select (${plan}:5)\n  done 2026-11-24\n  [x] read  (line 6)\n`);
    assert.strictEqual((await run('show', plan, '3')).out.split('\n')[1], '  skipped 2026-11-25', 'with the date its ⏭ carries');
    assert.strictEqual((await run('show', plan, '4')).out, `Day 4 - Windows (${plan}:13)\n  open \u00B7 planned 2026-11-26\n  (nothing under it: no field, link or task)\n`);
    assert.match((await run('show', plan, 'today')).out, /^Day 2 - Joins/, 'today: the current day');
    assert.match((await run('show', plan, 'line:9')).out, /^Day 2 - Joins/, 'a task\'s line (as status gives it): its day');
    assert.strictEqual((await run('show', plan, 'line:2')).code, 1, 'a line in no day');
    const missing = await run('show', plan, '9');
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /has no Day 9/);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), PLAN, 'nothing written');
  });

  it('a table row (its links from the title cell) and a journal\'s entry (a record: no progress)', async () => {
    const dir = tempDir('lp-show-forms-');
    const table = path.join(dir, 'table.md');
    fs.writeFileSync(table, '| Day | Topic | Done |\n|---|---|---|\n| 1 | [Select](https://example.org/select) | \u2705 2026-11-20 |\n| 2 | Where | |\n');
    assert.strictEqual((await run('show', table, '1')).out, `Day 1: Select (${table}:3)\n  done 2026-11-20\n  Select <https://example.org/select>\n`);
    const journal = path.join(dir, 'week.md');
    fs.writeFileSync(journal, '# Week\n\n## Monday: Start\n\nRead the [course page](https://example.org/k8s).\n\n## Tuesday: More\n\nNotes.\n');
    assert.strictEqual((await run('show', journal, 'monday')).out, `Monday: Start (${journal}:3)\n  a journal's entry\n  Read the [course page](https://example.org/k8s).\n  course page <https://example.org/k8s>\n`);
    // An entry's prose comes first, before its to-dos (a trial's was hidden by one).
    const til = path.join(dir, 'til.md');
    fs.writeFileSync(til, '# TIL journal\n\n## 2026-11-23\nLearned about worktrees.\n(a hard one)\n\n- [ ] try them\n\n## 2026-11-24\nProse.\n');
    assert.strictEqual((await run('show', til, '2026-11-23')).out, `2026-11-23 (${til}:3)\n  a journal's entry\n  Learned about worktrees.\n  (a hard one)\n  [ ] try them  (line 7)\n`);
    // An entry of prose alone: its text, as written (a trial's `show week.md tuesday` said there was nothing under it).
    assert.strictEqual((await run('show', journal, 'tuesday')).out, `Tuesday: More (${journal}:7)\n  a journal's entry\n  Notes.\n`);
    // A day of a table alone: its text as written, but the `---` before the next module (a trial's).
    const tabled = path.join(dir, 'tabled.md');
    fs.writeFileSync(tabled, '## Module 2\n### Day 14 - Review\n| Task | Time |\n|---|---|\n| Redo | 20 min |\n\n---\n\n## Module 3\n### Day 15\n- [ ] a\n');
    assert.strictEqual((await run('show', tabled, '14')).out, `Day 14 - Review (${tabled}:2)\n  open\n  | Task | Time |\n  |---|---|\n  | Redo | 20 min |\n`);
    // ...but a `---` in code is the code's (a YAML example: a review's).
    fs.writeFileSync(tabled, '### Day 1 - YAML\n```yaml\n---\na: 1\n```\n\n---\n### Day 2\n- [ ] a\n');
    assert.strictEqual((await run('show', tabled, '1')).out, `Day 1 - YAML (${tabled}:1)\n  open\n  \`\`\`yaml\n  ---\n  a: 1\n  \`\`\`\n`);
    // An entry that says no study was done: said in show and index, no day of the streak, and still the date's for log.
    const sick = path.join(dir, 'sick.md');
    fs.writeFileSync(sick, '# Study journal\n\n## 2026-11-25 Wednesday\nRead chapter 3.\n\n## 2026-11-26 Thursday\nSkipped - sick.\n\n## 2026-11-27 Friday\nNo study today.\n');
    assert.strictEqual((await run('show', sick, '2026-11-26')).out, `2026-11-26 Thursday (${sick}:6)\n  a journal's entry, no study\n  Skipped - sick.\n`);
    assert.match((await run('index', sick)).out, /entry: 2026-11-26 Thursday {2}\(no study\)\n.*entry: 2026-11-27 Friday {2}\(no study\)/s);
    assert.match((await run('status', sick)).out, /\nStreak: 0 days; longest 1 day; 1 active day;/);
    const logged = await run('log', sick, 'today', '20m');
    assert.deepStrictEqual([logged.code, logged.out], [0, `${sick}: Logged 20 min on "2026-11-27 Friday"\n`]);
    assert.match((await run('status', sick)).out, /\nStreak: 1 day; longest 1 day; 2 active days;/);
    const long = path.join(dir, 'long.md');
    fs.writeFileSync(long, `# Week\n\n## Monday\n\n${Array.from({ length: 14 }, (_, i) => `Line ${i + 1} \u001b[2J`).join('\n')}\n\n### Notes\n\nx\n\n## Tuesday\n\ny\n`);
    const text = (await run('show', long, 'monday')).out.split('\n');
    // Its sections' lines are its own too (a trial's `### Key learnings` read "(1 section below it)"): counted in the 12.
    assert.deepStrictEqual(text.slice(2), [...Array.from({ length: 12 }, (_, i) => `  Line ${i + 1} \\x1b[2J`), '  ... 4 more lines', '']);
    fs.writeFileSync(long, '# Week\n\n## Monday\n\nRead.\n\n### Key learnings\n\n- Unbuffered send blocks\n\n## Tuesday\n\ny\n');
    assert.deepStrictEqual((await run('show', long, 'monday')).out.split('\n').slice(2), ['  Read.', '  ### Key learnings', '  - Unbuffered send blocks', '']);
    // An entry with a to-do: its prose, then what show lists; a field's line once (a review's `**Key learnings**` twice).
    fs.writeFileSync(long, '# Journal\n\n## 2026-11-23\nRead.\n\n**Key learnings**\n- Unbuffered send blocks\n\n- [ ] finish\n\n## 2026-11-24\ny\n');
    assert.deepStrictEqual((await run('show', long, '2026-11-23')).out.split('\n').slice(2), ['  Read.', '  Key learnings:', '    - Unbuffered send blocks', '  [ ] finish  (line 9)', '']);
  });

  it('show and status mark a link the extension would not open where it stands, in its words (`links` leaves it out)', async () => {
    const dir = fs.realpathSync(tempDir('lp-show-hostile-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.symlinkSync('/etc', path.join(dir, 'evil'));
    const plan = path.join(dir, 'p.md');
    fs.writeFileSync(plan, [
      '### Day 1 - Setup', '- **Resource:** [Settings](vscode://settings)', '- **Resources:**', '  - [Docs](https://example.org/docs)',
      '  - [Term](command:workbench.action.terminal.new)', '  - [Evil](evil/passwd)', '  - <ftp://host/x>', '- [ ] read', '',
    ].join('\n'));
    const expected = [
      '  Resource: Settings <vscode://settings> (not opening: links with the \'vscode:\' scheme are not opened from plans)',
      '  Resources:',
      '    Docs <https://example.org/docs>',
      '    Term <command:workbench.action.terminal.new> (not opening: links with the \'command:\' scheme are not opened from plans)',
      `    Evil <evil/passwd> (not opening: ${dir}/evil is a symbolic link, which could lead outside ${dir})`,
      '    ftp://host/x (not opening: links with the \'ftp:\' scheme are not opened from plans)',
      '  [ ] read  (line 8)',
    ];
    const shown = await run('show', plan, '1');
    assert.strictEqual(shown.code, 0, shown.err);
    assert.deepStrictEqual(shown.out.split('\n').slice(2, -1), expected);
    const status = (await run('status', plan)).out.split('\n');
    const at = status.indexOf(`Current day: Day 1 - Setup (${plan}:1)`);
    assert.deepStrictEqual(status.slice(at + 1, at + 1 + expected.length), expected, 'status: the same lines');
  });

  it('items nested under a field or a task are printed under it, as status does (`Key Learnings:` printed empty, a trial\'s)', async () => {
    const plan = path.join(tempDir('lp-show-nested-'), 'n.md');
    fs.writeFileSync(plan, [
      '### Day 1 - Nested', '- **Task (20 min):** Build the pipeline', '  - Create the *bronze* table', '  - Add a [checkpoint](https://example.org/cp) step',
      '- **Key Learnings:**', '  - Delta logs are JSON', '', '  - kept across a blank line', '- [ ] Run it', '  - with `--dry-run` first', '  - [ ] a subtask',
      '- **Resources:**', '  - Read chapter 2 first', '  - [Docs](https://example.org/docs)', '', '**Checkpoint:**', '- Explain the log', '',
      '```', '- **Task:** in code', '```', '', '### Day 2 - Next', '- [ ] later', '',
    ].join('\n'));
    const expected = [
      '  Task (20 min): Build the pipeline', '    - Create the bronze table', '    - Add a checkpoint step <https://example.org/cp>',
      '  Key Learnings:', '    - Delta logs are JSON', '    - kept across a blank line',
      '  [ ] Run it  (line 9)', '    - with --dry-run first', '  [ ] a subtask  (line 11)',
      '  Resources:', '    - Read chapter 2 first', '    Docs <https://example.org/docs>',
      '  Checkpoint:', '    - Explain the log',
    ];
    const shown = await run('show', plan, '1');
    assert.strictEqual(shown.code, 0, shown.err);
    assert.deepStrictEqual(shown.out.split('\n').slice(2, -1), expected);
    const status = (await run('status', plan)).out.split('\n');
    const at = status.indexOf(`Current day: Day 1 - Nested (${plan}:1)`);
    assert.deepStrictEqual(status.slice(at + 1, at + 1 + expected.length), expected, 'status: the same lines');
    // A task nested under a field: its items once (a review's were printed twice); a link alone on a nested item is
    // indented as the items beside it.
    fs.writeFileSync(plan, '### Day 1 - X\n- **Tasks:**\n  - [ ] Build it\n    - See [docs](https://x.example)\n    - plain step\n- [ ] Run it\n  - [guide](https://g.example)\n  - with care\n');
    assert.deepStrictEqual((await run('show', plan, '1')).out.split('\n').slice(2, -1), [
      '  Tasks:', '  [ ] Build it  (line 3)', '    - See docs <https://x.example>', '    - plain step', '  [ ] Run it  (line 6)', '    guide <https://g.example>', '    - with care',
    ]);
  });

  it('a plan\'s day gives its paragraphs beside its fields, in order; code, fields and items are no paragraph (a trial\'s lost its prose)', async () => {
    const plan = path.join(tempDir('lp-show-prose-'), 'p.md');
    fs.writeFileSync(plan, '# Plan\n## Semana del 2026-11-02\n### Lunes\nClase con la profesora *Lucía*.\nRead the [docs](https://d.example) first.\n\n**Objetivo:** hablar\n- **Tarea:** vocabulario\n  continued item text\n- [ ] repasar\n\n```python\nprint(1)\n```\n| a | b |\n|---|---|\n#### Notas\nmore\n### Martes\n- [ ] b\n');
    assert.deepStrictEqual((await run('show', plan, 'line:3')).out.split('\n').slice(2, -1), [
      '  Clase con la profesora Lucía.', '  Read the docs first.', '    docs <https://d.example>', '  Objetivo: hablar', '  Tarea: vocabulario', '    continued item text', '  [ ] repasar  (line 10)',
    ]);
  });

  it('a field\'s value that goes on over lines is printed whole, its next lines under it (a hostile trial\'s lost them)', async () => {
    const plan = path.join(tempDir('lp-show-wrap-'), 'p.md');
    fs.writeFileSync(plan, '### Day 3\n- **Task (30 min):** line one\n  line two\n- **Checkpoint:** cp one\nlazy two\n- **Quiz:** What is ACID?\n  Answer: atomicity\n- **Resource:** read [a](https://a.example)\n  then [b](https://b.example)\n- **Link:** [multi\nline](https://m.example)\n**Notes:**\n[c](https://c.example)\n');
    assert.deepStrictEqual((await run('show', plan, '3')).out.split('\n').slice(2, -1), [
      '  Task (30 min): line one', '    line two', '  Checkpoint: cp one', '    lazy two', '  Quiz: What is ACID?', '    Answer: atomicity',
      '  Resource: read a <https://a.example>', '    then b <https://b.example>', '  Link: multi <https://m.example>', '  Notes:', '    c <https://c.example>',
    ]);
    // A paragraph's field: its next line once, not again as prose; after a link's text over two lines, the line after.
    fs.writeFileSync(plan, '### Day 3\n**Goal:** learn joins\nand subqueries today\n\n- **Task:** read [the\n  guide](https://g.example) now\n  and more\n');
    assert.deepStrictEqual((await run('show', plan, '3')).out.split('\n').slice(2, -1), [
      '  Goal: learn joins', '    and subqueries today', '  Task: read the <https://g.example>', '    and more',
    ]);
    // A `[` no link closes is text: the next line is printed (`[0, 10)`: it was lost, a review's).
    fs.writeFileSync(plan, '### Day 3\n**Goal:** values in [0, 10)\nthen check the edges\n');
    assert.deepStrictEqual((await run('show', plan, '3')).out.split('\n').slice(2, -1), ['  Goal: values in [0, 10)', '    then check the edges']);
  });

  it('a day\'s paragraphs leave out what has no words to read, and a list a paragraph introduces is printed under it (a review\'s)', async () => {
    const plan = path.join(tempDir('lp-show-prose-'), 'p.md');
    fs.writeFileSync(plan, '### Day 1 - P\nRead these today:\n- chapter 1\n- chapter 2\n\n- [ ] Read chapter 1\nlazy continuation\n\n---\n[ref]: https://r.example\n[^1]: a note\n\na | b\n--|--\n1 | 2\n\n$$\nx^2\n$$\n\nLast words.\n');
    assert.deepStrictEqual((await run('show', plan, '1')).out.split('\n').slice(2, -1), [
      '  Read these today:', '    - chapter 1', '    - chapter 2', '  [ ] Read chapter 1 lazy continuation  (line 6)', '  Last words.',
    ]);
    // status gives a day's first three lines of prose: its tasks are not hidden behind "... more lines".
    fs.writeFileSync(plan, `### Day 1 - Long\n${Array.from({ length: 16 }, (_, i) => `Line ${i + 1} of prose.`).join('\n')}\n\n- [ ] the task\n`);
    const status = (await run('status', plan)).out.split('\n');
    const at = status.findIndex((line) => line.startsWith('Current day: Day 1 - Long'));
    assert.deepStrictEqual(status.slice(at + 1, at + 5), ['  Line 1 of prose.', '  Line 2 of prose.', '  Line 3 of prose.', '  [ ] the task  (line 19)']);
  });

  it('status gives the current day 15 lines and names the show command for the rest; show gives them all', async () => {
    const plan = path.join(tempDir('lp-show-long-'), 'long.md');
    fs.writeFileSync(plan, `### Day 1 - Many\n${Array.from({ length: 20 }, (_, i) => `- [ ] task ${i + 1}`).join('\n')}\n`);
    const status = (await run('status', plan)).out.split('\n');
    assert.ok(status.includes(`  ... 6 more lines (learning-plans show ${plan} line:1)`), status.join('\n'));
    assert.ok(status.includes('  [ ] task 14  (line 15)') && !status.includes('  [ ] task 15  (line 16)'));
    const show = (await run('show', plan, 'line:1')).out.split('\n');
    assert.ok(show.includes('  [ ] task 20  (line 21)'), show.join('\n'));
  });
});

describe('CLI: a date as DAY, on the schedule the verb prints', () => {
  // Ten days dated Monday to Friday, three undated after them: the schedule rests at weekends, read from the dates.
  const DATES = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
  const TRACKER = `# SQL\n\n${DATES.map((d, i) => `### Day ${i + 1} - T${i + 1} \u{1F4C5} 2026-11-${d}\n- [ ] t\n`).join('')}### Day 11 - A\n### Day 12 - B\n### Day 13 - C\n`;

  it('--rest none names the day it plans on a Saturday, which the rest read from the dates leaves free (show printed one schedule and looked up the other)', async () => {
    const plan = path.join(tempDir('lp-show-rest-'), 'tracker.md');
    fs.writeFileSync(plan, TRACKER);
    assert.match((await run('show', plan, '11')).out, /planned 2026-11-16/, 'after the weekend, as its dates rest');
    assert.match((await run('show', plan, '2026-11-14')).err, /plans no day on 2026-11-14: it is a rest day of its schedule/);
    const none = await run('show', plan, '2026-11-14', '--rest', 'none');
    assert.strictEqual(none.code, 0, none.err);
    assert.match(none.out, /^Day 11 - A .*\n {2}open \u00B7 planned 2026-11-14\n/);
    assert.match((await run('show', plan, 'Nov 15', '--rest', 'none')).out, /^Day 12 - B .*\n {2}open \u00B7 planned 2026-11-15\n/, 'a date without its year too');
    // replan --skip of a date names the day of the same schedule it replans on.
    const skipped = await run('replan', plan, '--skip', '2026-11-14', '--rest', 'none', '--today', '2026-11-02', '--dry-run');
    assert.strictEqual(skipped.code, 0, skipped.err);
    assert.match(skipped.out, /\+### Day 11 - A \u23ED/);
    // index dates the open days by the same --rest, in the outline and in its JSON, compact and pretty.
    assert.match((await run('index', plan)).out, /Day 11 - A {2}\(planned 2026-11-16\)/);
    assert.match((await run('index', plan, '--rest', 'none')).out, /Day 11 - A {2}\(planned 2026-11-14\)/);
    for (const json of [['--json'], ['--json', '--pretty']]) {
      const days = JSON.parse((await run('index', plan, '--rest', 'none', ...json)).out).plans[0].children[0].children as { title: string; planned?: string }[];
      assert.strictEqual(days.find((day) => day.title === 'Day 11 - A')?.planned, '2026-11-14', json.join(' '));
    }
  });
});

describe('CLI: a weekday of a journal kept by week', () => {
  // A trial's `log j.md thursday --date 2026-11-26` and `show j.md monday --today 2026-11-24` "matched 2 days".
  it('names the one nearest the date in hand (--date, --today, else today)', async () => {
    const journal = path.join(tempDir('lp-week-'), 'j.md');
    const text = '# Journal\n\n## Week of 2026-11-16\n\n### Monday\nRead.\n\n### Thursday\nMore.\n\n## Week of 2026-11-23\n\n### Monday\nRead ch3.\n\n### Thursday\n- [ ] CLI\n';
    fs.writeFileSync(journal, text);
    assert.match((await run('show', journal, 'monday', '--today', '2026-11-24')).out, /^Monday \(.*j\.md:13\)/);
    assert.match((await run('show', journal, 'monday', '--today', '2026-11-18')).out, /^Monday \(.*j\.md:5\)/);
    assert.match((await run('show', journal, 'thursday')).out, /^Thursday \(.*j\.md:16\)/, 'today, 2026-11-27');
    assert.match((await run('log', journal, 'thursday', '25m', '--date', '2026-11-19')).out, /Logged 25 min on "Thursday"/);
    assert.strictEqual(fs.readFileSync(journal, 'utf8'), text.replace('More.\n', 'More.\n- \u23F1 2026-11-19 (25 min)\n'));
  });

  it('in a plan by week, a weekday of two weeks is not guessed (a review\'s `done friday` marked last week\'s)', async () => {
    const plan = path.join(tempDir('lp-weekplan-'), 'w.md');
    fs.writeFileSync(plan, '# Plan\n## Week of 2026-11-16\n### Friday\n- [ ] a\n- [ ] b\n## Week of 2026-11-23\n### Friday\n- [ ] c\n- [ ] d\n');
    const friday = await run('done', plan, 'friday', '--date', '2026-11-26');
    assert.deepStrictEqual([friday.code, /Friday matches 2 days/.test(friday.err)], [1, true]);
    // Each named with its date and its week (a trial's were three lines of `Lunes` alone).
    assert.match(friday.err, /\n {2}line:3 {2}Friday {2}2026-11-20 {2}\(Week of 2026-11-16\)\n {2}line:7 {2}Friday {2}2026-11-27 {2}\(Week of 2026-11-23\)\n/);
  });

  it('a session\'s line below a table names the row it was logged for (a trial\'s was "no day heading")', async () => {
    const table = path.join(tempDir('lp-rowlog-'), 't.md');
    fs.writeFileSync(table, '# P\n\n| Day | Topic |\n|---|---|\n| 1 | A |\n| 2 | B |\n\n- \u23F1 2026-11-26 (20 min) \u00b7 Day 2\n');
    assert.match((await run('show', table, 'line:8')).out, /^Day 2: B \(.*t\.md:6\)\n {2}open · 20 min studied/);
  });
});

describe('CLI: show of a paragraph day', () => {
  it('prints its title once and its text below it (a trial\'s bold day repeated its title as a field "Day 1")', async () => {
    const log = path.join(tempDir('lp-paragraph-'), 'log.md');
    fs.writeFileSync(log, '# #100DaysOfCode\n\n**Day 1:** Started Rust.\nRead the book.\n**Task:** chapter 1\n\n**Day 2:** Ownership\n\n**Day 3:** Borrowing\n');
    assert.strictEqual((await run('show', log, '1')).out, `Day 1: Started Rust. (${log}:3)\n  open\n  Read the book.\n  Task: chapter 1\n`);
  });

  it('says a day\'s sessions as its study time, not as text (a trial\'s `⏱` line was printed without its mark)', async () => {
    const log = path.join(tempDir('lp-session-'), 'log.md');
    fs.writeFileSync(log, '# #100DaysOfCode\n\nDay 1 of 100: a\n\nDay 2 of 100: flexbox\nmore notes\n- \u23F1 2026-11-26 (40 min)\n\nDay 3 of 100: grid\n');
    assert.strictEqual((await run('show', log, '2')).out, `Day 2 of 100: flexbox (${log}:5)\n  open · 40 min studied\n  more notes\n`);
  });

  it('prints a list item day\'s text after its title (up to a hard break), line by line, unindented', async () => {
    const list = path.join(tempDir('lp-list-'), 'list.md');
    fs.writeFileSync(list, '# Python study\n\n1. Day 1: Imports\\\n   with a second line\n     and a third\n2. Day 2: Files\n');
    assert.strictEqual((await run('show', list, '1')).out, `Day 1: Imports (${list}:3)\n  open\n  with a second line\n  and a third\n`);
  });
});
