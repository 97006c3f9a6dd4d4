import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { fromHere, rootOf } from '../../src/cli/verbs/links';
import { tempDir } from './tempDir';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 8));
  return { code, out, err };
}

function workspace(): string {
  const dir = tempDir('lp-lab-');
  fs.mkdirSync(path.join(dir, 'plans'));
  fs.mkdirSync(path.join(dir, '.git'));
  fs.copyFileSync(path.join(FIXTURES, 'month-3-batch-etl.md'), path.join(dir, 'plans', 'month-3-batch-etl.md'));
  return dir;
}

/** A learner trial's plan: one link of each kind the extension refuses, between two it opens and an anchor. */
const HOSTILE = [
  '# Hostile', '', '### Day 1 - Setup', '- **Resources:**',
  '  - [Docs](https://example.org/docs)', '  - [Notes](notes.md)', '  - [Term](command:workbench.action.terminal.new)',
  '  - [Settings](vscode://settings)', '  - [Mail](mailto:a@b.c?attach=/etc/passwd)', '  - [Smb](smb://host/share)',
  '  - [Ssh](ssh://host)', '  - [Obs](obsidian://open?vault=x)', '  - [Ftp](ftp://host/x)', '  - [Up](../../../etc/passwd)',
  '  - [Evil](evil/passwd)', '  - [Anchor](#day-1---setup)', '- [ ] read', '',
].join('\n');

/** A repository holding plans/p.md (HOSTILE), plans/notes.md and plans/evil -> /etc. */
function hostileRepository(): { dir: string; plan: string } {
  const dir = fs.realpathSync(tempDir('lp-hostile-'));
  fs.mkdirSync(path.join(dir, '.git'));
  fs.mkdirSync(path.join(dir, 'plans'));
  fs.writeFileSync(path.join(dir, 'plans', 'notes.md'), '# Notes\n');
  fs.symlinkSync('/etc', path.join(dir, 'plans', 'evil'));
  const plan = path.join(dir, 'plans', 'p.md');
  fs.writeFileSync(plan, HOSTILE);
  return { dir, plan };
}

describe('CLI: lab and links', () => {
  it('lists a day\'s links as text, tab, target', async () => {
    const { code, out } = (await run('links', path.join(FIXTURES, 'month-3-batch-etl.md'), '1'));
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'Streaming Data Fundamentals (Blog, 8 min)\thttps://www.databricks.com/blog/2021/05/26/streaming-fundamentals.html\nReal-time vs Batch Processing (YouTube, 10 min)\thttps://www.youtube.com/watch?v=QJZ8QbKpF1A\n');
  });

  it('scaffolds the lab under the repository root, links it once, and never overwrites', async () => {
    const dir = workspace();
    const plan = path.join(dir, 'plans', 'month-3-batch-etl.md');
    const first = (await run('lab', plan, '28'));
    assert.strictEqual(first.code, 0, first.err);
    const folder = path.join(dir, 'labs', 'plans', 'month-3-batch-etl', 'day-028-project-completion-month-synthesis');
    assert.deepStrictEqual(first.out.trim().split('\n'), [`created ${path.join(folder, 'day-028.ipynb')}`, `created ${path.join(folder, 'notes.md')}`, `linked  ${plan}`]);
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(folder, 'day-028.ipynb'), 'utf8')).nbformat, 4);
    const text = fs.readFileSync(plan, 'utf8');
    assert.match(text, /### Day 28: Project Completion & Month Synthesis\n- \*\*Lab:\*\* \[day-028\]\(\.\.\/labs\/plans\/month-3-batch-etl\/day-028-project-completion-month-synthesis\/day-028\.ipynb\)\n- \*\*Learning:\*\*/);
    fs.writeFileSync(path.join(folder, 'notes.md'), 'mine');
    const second = (await run('lab', plan, '28'));
    assert.match(second.out, /^exists {2}.*day-028\.ipynb\nexists {2}.*notes\.md\n$/);
    assert.strictEqual(fs.readFileSync(path.join(folder, 'notes.md'), 'utf8'), 'mine');
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), text, 'the link is added once');
    // The lab's link, as `links` prints it: from the working folder (the test's), where a script can open it.
    const links = (await run('links', plan, '28')).out.split('\n')[0].split('\t');
    assert.deepStrictEqual(links, ['day-028', path.relative(process.cwd(), path.join(folder, 'day-028.ipynb'))]);
    assert.ok(fs.existsSync(links[1]), 'the printed path opens from here');
  });

  it('refuses a plan it may not write before making the lab, unless --no-link (a trial\'s lab was made, then left unlinked)', async () => {
    const dir = workspace();
    const plan = path.join(dir, 'plans', 'month-3-batch-etl.md');
    fs.chmodSync(plan, 0o444);
    const refused = await run('lab', plan, '14');
    assert.deepStrictEqual([refused.code, refused.err], [1, `learning-plans: ${plan} is read-only (no permission to write it), so the lab could not be linked; nothing written (--no-link makes the lab alone)\n`]);
    assert.strictEqual(fs.existsSync(path.join(dir, 'labs')), false);
    const alone = await run('lab', plan, '14', '--no-link');
    assert.strictEqual(alone.code, 0, alone.err);
    assert.ok(fs.existsSync(path.join(dir, 'labs', 'plans', 'month-3-batch-etl', 'day-014', 'day-014.ipynb')));
    fs.chmodSync(plan, 0o644);
  });

  it('links: a file the plan names relative to itself is given relative to the working folder; URLs and anchors as written (a learner\'s report)', () => {
    // As the extension reads a link (core/links.ts), the repository at /repo.
    const rows: [target: string, plan: string, cwd: string, printed: string][] = [
      ['../labs/day-034.ipynb', 'plans/p.md', '/repo', 'labs/day-034.ipynb'],
      ['../labs/day-034.ipynb', 'p.md', '/repo/plans', '../labs/day-034.ipynb'],
      ['notes.md', '/repo/plans/p.md', '/repo', 'plans/notes.md'],
      ['labs/a%20b.ipynb', 'p.md', '/repo', 'labs/a b.ipynb'],
      ['/labs/x.ipynb', 'p.md', '/repo/plans', '../labs/x.ipynb'], // the repository's root, as on GitHub
      ['notes.md#day-3', 'plans/p.md', '/repo', 'plans/notes.md#day-3'],
      ['guide.md?plain=1', 'plans/p.md', '/repo', 'plans/guide.md'],
      ['./', 'p.md', '/repo', '.'],
      ['labs/100%.md', 'p.md', '/repo', 'labs/100%.md'], // not valid percent-encoding: as written
      ['../../etc/passwd', 'plans/p.md', '/repo', '../../etc/passwd'], // out of the repository: as written
      ['https://example.org/a%20b', 'plans/p.md', '/repo', 'https://example.org/a%20b'],
      ['mailto:me@example.org', 'p.md', '/repo', 'mailto:me@example.org'],
      ['//cdn.example.org/x', 'p.md', '/repo', '//cdn.example.org/x'],
      ['#learning-objective', 'plans/p.md', '/repo', '#learning-objective'],
      // A file named like a URL or an option keeps a `./` (a trial's printed `javascript:alert(1)` and `-rf`).
      ['./javascript:alert(1)', 'p.md', '/repo', './javascript:alert(1)'], ['sub/../https://evil.com', 'p.md', '/repo', './https:/evil.com'],
      ['./-rf', 'p.md', '/repo', './-rf'], ['./vscode:x', 'plans/p.md', '/repo', 'plans/vscode:x'],
    ];
    for (const [target, plan, cwd, printed] of rows) assert.strictEqual(fromHere(target, plan, '/repo', cwd), printed, target);
  });

  it('links: outside a repository the working folder holding the plan is the root (a plan in sub/ printed ../labs/x as written)', () => {
    const dir = fs.realpathSync(tempDir('lp-noroot-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    const plan = path.join(dir, 'sub', 'f.md');
    assert.strictEqual(rootOf(plan, dir), dir, 'the working folder');
    assert.strictEqual(rootOf('sub/f.md', dir), dir, 'named relative to it');
    assert.strictEqual(rootOf(plan, path.join(dir, 'sub')), path.join(dir, 'sub'), 'the plan\'s own folder, when that is the working one');
    const elsewhere = fs.realpathSync(tempDir('lp-elsewhere-'));
    assert.strictEqual(rootOf(plan, elsewhere), path.join(dir, 'sub'), 'a plan outside the working folder: its own folder');
    assert.strictEqual(fromHere('../labs/day-001.ipynb', 'sub/f.md', rootOf('sub/f.md', dir), dir), path.join('labs', 'day-001.ipynb'));
    assert.strictEqual(fromHere('../../c.md', 'sub/f.md', rootOf('sub/f.md', dir), dir), '../../c.md', 'out of it: as written');
    fs.mkdirSync(path.join(dir, 'sub', '.git'));
    assert.strictEqual(rootOf(plan, dir), path.join(dir, 'sub'), 'a repository wins');
  });

  it('a learner\'s week: lab, then status and index list the plans, not the lab\'s notes, even when a template makes them read as a plan (issue 16 item 1)', async () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, '.learning-plans', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.learning-plans', 'templates', 'notes.md'), '### Day {{day}} notes\n- [ ] review\n');
    const plan = path.join(dir, 'plans', 'month-3-batch-etl.md');
    const lab = await run('lab', plan, '1');
    assert.strictEqual(lab.code, 0, lab.err);
    assert.match(lab.err, /makes notes\.md a plan of its own/, 'the user is told');
    // A plan of the learner's own in labs/ is a plan like any other.
    fs.writeFileSync(path.join(dir, 'labs', 'side-quest.md'), '# Side quest\n### Day 1 - Setup\n- [ ] install\n');
    const status = await run('status', dir, '--json');
    assert.strictEqual(status.code, 0, status.err);
    const files = JSON.parse(status.out).plans.map((p: { file: string }) => path.relative(dir, p.file));
    assert.deepStrictEqual(files, [path.join('labs', 'side-quest.md'), path.join('plans', 'month-3-batch-etl.md')]);
    const index = await run('index', dir);
    assert.strictEqual(index.code, 0, index.err);
    assert.match(index.out, /month-3-batch-etl\.md/);
    assert.doesNotMatch(index.out, /notes\.md/);
    // Named on the command line, the labs folder's notes are read.
    const named = await run('index', path.join(dir, 'labs'));
    assert.strictEqual(named.code, 0, named.err);
    assert.match(named.out, /day-001[/\\]notes\.md/);
  });

  it('a journal entry\'s lab, named by its date, is left out of a search as a day\'s is', async () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, '.learning-plans', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.learning-plans', 'templates', 'notes.md'), '### Day 1 notes\n- [ ] review\n');
    const journal = path.join(dir, 'study-journal.md');
    fs.writeFileSync(journal, '# Study journal\n\n### Monday 2026-11-16\nB-trees.\n\n### Wednesday 2026-11-18\nJoins.\n');
    const lab = await run('lab', journal, '2026-11-18');
    assert.strictEqual(lab.code, 0, lab.err);
    assert.ok(fs.existsSync(path.join(dir, 'labs', 'study-journal', '2026-11-18-wednesday', '2026-11-18.ipynb')));
    assert.doesNotMatch((await run('index', dir)).out, /notes\.md/);
  });

  it('never follows a symbolic link out of the root: labs -> elsewhere, or a file link inside the lab', async () => {
    const dir = workspace();
    const plan = path.join(dir, 'plans', 'month-3-batch-etl.md');
    const outside = tempDir('lp-outside-');
    fs.symlinkSync(outside, path.join(dir, 'labs'));
    const before = fs.readFileSync(plan);
    const refused = (await run('lab', plan, '28'));
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /labs is a symbolic link/);
    assert.deepStrictEqual(fs.readdirSync(outside), [], 'nothing written through the link');
    assert.deepStrictEqual(fs.readFileSync(plan), before, 'the plan is not linked either');

    fs.unlinkSync(path.join(dir, 'labs'));
    const folder = path.join(dir, 'labs', 'plans', 'month-3-batch-etl', 'day-028-project-completion-month-synthesis');
    fs.mkdirSync(folder, { recursive: true });
    fs.symlinkSync(path.join(outside, 'stolen.md'), path.join(folder, 'notes.md'));
    assert.strictEqual((await run('lab', plan, '28')).code, 1);
    assert.deepStrictEqual(fs.readdirSync(outside), []);
  });

  it('uses the templates in .learning-plans/templates and reports unknown placeholders', async () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, '.learning-plans', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.learning-plans', 'templates', 'notes.md'), '{{title}} / {{module}} / {{mood}} {{objectve}}\n');
    const result = (await run('lab', path.join(dir, 'plans', 'month-3-batch-etl.md'), '2', '--no-link'));
    assert.strictEqual(result.code, 0);
    // A typo gets its fix named (a learner's {{objectve}}); a name like no other does not.
    assert.match(result.err, /unknown template placeholders left as is: \{\{mood\}\}, \{\{objectve\}\} \(did you mean \{\{objective\}\}\?\)\n/);
    const notes = fs.readFileSync(path.join(dir, 'labs', 'plans', 'month-3-batch-etl', 'day-002', 'notes.md'), 'utf8');
    assert.strictEqual(notes, 'Day 2 / Week 1: Streaming Sprint - Kafka & Spark Structured Streaming / {{mood}} {{objectve}}\n');
    assert.ok(!fs.readFileSync(path.join(dir, 'plans', 'month-3-batch-etl.md'), 'utf8').includes('**Lab:**'));
  });

  it('--date dates the notes and makes today the day studied then (a learner had no way to backfill a lab)', async () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, '.learning-plans', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.learning-plans', 'templates', 'notes.md'), '{{title}} on {{date}}\n');
    const plan = path.join(dir, 'plans', 'p.md');
    fs.writeFileSync(plan, '### Day 1 - Kafka \u2705 2026-11-19\n### Day 2 - Spark\n');
    const result = await run('lab', plan, 'today', '--date', '2026-11-19', '--no-link');
    assert.strictEqual(result.code, 0, result.err);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'labs', 'plans', 'p', 'day-001-kafka', 'notes.md'), 'utf8'), 'Kafka on 2026-11-19\n');
    // Without it, today is the current day and the notes carry today's date.
    assert.strictEqual((await run('lab', plan, 'today', '--no-link')).code, 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'labs', 'plans', 'p', 'day-002-spark', 'notes.md'), 'utf8'), 'Spark on 2026-11-21\n');
    const later = await run('lab', plan, '2', '--date', '2026-11-22');
    assert.strictEqual(later.code, 1);
    assert.match(later.err, /^learning-plans: --date 2026-11-22 is after today \(2026-11-21\).*nothing written\n/);
  });

  it('a day whose title ends in a date: its lab folder without it, and a lab made under the dated names is the day\'s still', async () => {
    const dir = workspace();
    const plan = path.join(dir, 'plans', 'de.md');
    fs.writeFileSync(plan, '# Kurs\n\n### Tag 1 \u2013 Einf\u00fchrung (20.11.2026)\n- [ ] a\n\n### Tag 2 \u2013 Netz (21.11.2026)\n- [ ] b\n');
    assert.strictEqual((await run('lab', plan, '2', '--no-link')).code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'labs', 'plans', 'de', 'day-002-netz', 'notes.md')));
    // Made by an earlier version, under each name it gave: opened again, not made a second time beside it.
    for (const old of ['day-001-einfuhrung-20-11-2026', 'day-001-tag-1-einfuhrung-20-11-2026']) {
      const folder = path.join(dir, 'labs', 'plans', 'de', old);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'notes.md'), 'mine\n');
      const again = await run('lab', plan, '1', '--no-link');
      assert.strictEqual(again.code, 0, again.err);
      assert.ok(!fs.existsSync(path.join(dir, 'labs', 'plans', 'de', 'day-001-einfuhrung')), old);
      assert.strictEqual(fs.readFileSync(path.join(folder, 'notes.md'), 'utf8'), 'mine\n');
      fs.rmSync(folder, { recursive: true });
    }
  });

  it('a table day marked done by a bare \u2705 stays done once its lab link follows the mark (found by a review: it read open)', async () => {
    const dir = workspace();
    const plan = path.join(dir, 'plans', 't.md');
    fs.writeFileSync(plan, '| Day | Topic |\n|---|---|\n| 1 | Select \u2705 |\n| 2 | Where |\n');
    assert.strictEqual((await run('lab', plan, '1')).code, 0);
    assert.match(fs.readFileSync(plan, 'utf8'), /\| 1 \| Select \u2705 \[day-001\]\([^)]+\.ipynb\) \|/);
    assert.match((await run('index', plan)).out, /\[x\] day: Day 1: Select/);
    const before = fs.readFileSync(plan);
    assert.match((await run('done', plan, '1')).out, /Day 1 is already complete/);
    assert.deepStrictEqual(fs.readFileSync(plan), before, 'no second stamp');
  });

  it('links: stdout lists only what the extension opens; each refused link is on stderr, where it is and why, in the extension\'s words (a learner trial)', async () => {
    const { dir, plan } = hostileRepository();
    const links = await run('links', plan, '1');
    assert.strictEqual(links.code, 0, 'a refusal is no failure: the day was read');
    assert.strictEqual(links.out, `Docs\thttps://example.org/docs\nNotes\t${path.relative(process.cwd(), path.join(dir, 'plans', 'notes.md'))}\nAnchor\t#day-1---setup\n`);
    const scheme = (name: string): string => `links with the '${name}:' scheme are not opened from plans`;
    assert.strictEqual(links.err, [
      [7, 'command:workbench.action.terminal.new', scheme('command')],
      [8, 'vscode://settings', scheme('vscode')],
      [9, 'mailto:a@b.c?attach=/etc/passwd', 'mail links may set only subject, body, cc and bcc, not \'attach\''],
      [10, 'smb://host/share', scheme('smb')],
      [11, 'ssh://host', scheme('ssh')],
      [12, 'obsidian://open?vault=x', scheme('obsidian')],
      [13, 'ftp://host/x', scheme('ftp')],
      [14, '../../../etc/passwd', 'the file is outside the workspace folder'],
      [15, 'evil/passwd', `${dir}/plans/evil is a symbolic link, which could lead outside ${dir}`],
    ].map(([line, target, reason]) => `learning-plans: warning: ${plan}:${line}: not opening "${target}": ${reason}\n`).join(''));
    // Every line of stdout opens safely: a script's `cut -f2 | xargs open` gets nothing else.
    for (const line of links.out.trim().split('\n')) assert.strictEqual(line.split('\t').length, 2, line);
  });

  it('lab: a link the extension would not open is no live link in notes.md or the notebook, and the learner is told (a learner trial)', async () => {
    const { dir, plan } = hostileRepository();
    const lab = await run('lab', plan, '1', '--no-link');
    assert.strictEqual(lab.code, 0, lab.err);
    const folder = path.join(dir, 'labs', 'plans', 'p', 'day-001-setup');
    const notes = fs.readFileSync(path.join(folder, 'notes.md'), 'utf8');
    assert.match(notes, /## Resources\n- \[Docs\]\(https:\/\/example\.org\/docs\)\n- \[Notes\]\(\.\.\/\.\.\/\.\.\/\.\.\/plans\/notes\.md\)\n- \[Anchor\]\(\.\.\/\.\.\/\.\.\/\.\.\/plans\/p\.md#day-1---setup\)\n\n## Reflection/);
    const notebook = fs.readFileSync(path.join(folder, 'day-001.ipynb'), 'utf8');
    for (const text of [notes, notebook]) {
      for (const left of ['command:', 'vscode:', 'attach=', 'smb:', 'ssh:', 'obsidian:', 'ftp:', 'etc/passwd', 'evil']) assert.ok(!text.includes(left), left);
    }
    assert.match(lab.err, /^learning-plans: warning: left out of the lab's notes and notebook: not opening "command:workbench\.action\.terminal\.new": links with the 'command:' scheme are not opened from plans; not opening "vscode:\/\/settings": .*; not opening "evil\/passwd": .*plans\/evil is a symbolic link, which could lead outside .*\n$/);
  });

  it('exits 1 for a missing day, 2 for a missing file', async () => {
    assert.strictEqual((await run('lab', path.join(FIXTURES, 'month-3-batch-etl.md'), '99')).code, 1);
    assert.strictEqual((await run('links', '/no/such.md', '1')).code, 2);
  });
});
