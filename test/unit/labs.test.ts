import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import {
  addLabLink, applyTextEdits, buildPlan, dayContent, inMemoryDocument, labLocation, labsFolderSegments, planSlug, relativePosix, renderLab, renderTemplate, shortHash, slugify,
  titleWithoutDayPrefix,
} from '../../src/core';
import { lines, parse } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('slugify: safe names from untrusted titles', () => {
  const table: [string, string][] = [
    ['Lakehouse vs Data Warehouse for AI', 'lakehouse-vs-data-warehouse-for-ai'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'untitled'],
    ['', 'untitled'],
    ['\u{1F3AF} Goals \u{1F680}', 'goals'],
    ['\u00c5ngstr\u00f6m caf\u00e9', 'angstrom-cafe'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['\u00f0\u0178\u017d\u00af mojibake', '\u00f0yz-mojibake'],
    ['\u8a08\u753b', '\u8a08\u753b'], // 計画: letters of any script are kept
    ['\u4e2d\u6587 Notes', '\u4e2d\u6587-notes'],
    ['\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac', '\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03b1'], // Greek, accent off
    ['\ud55c\uad6d\uc5b4', '\ud55c\uad6d\uc5b4'], // Hangul stays composed
    ['\u0939\u093f\u0928\u094d\u0926\u0940', '\u0939\u093f\u0928\u094d\u0926\u0940'], // Devanagari keeps its marks
    ['\u202eevil\u202c \u200dname', 'evil-name'], // bidi and zero-width characters go
    ['\uff21\uff22\uff23', 'abc'], // full-width letters fold to ASCII
  ];
  for (const [title, slug] of table) {
    it(`${JSON.stringify(title)} -> ${slug}`, () => assert.strictEqual(slugify(title), slug));
  }

  it('bounds the length at a word boundary, and cuts a single huge word', () => {
    const long = slugify('word '.repeat(100));
    assert.ok(long.length <= 48 && !long.endsWith('-'), long);
    assert.strictEqual(slugify('x'.repeat(500)).length, 48);
  });

  it('never yields dots, separators, controls or marks at the start, whatever the input', () => {
    for (const title of ['a/b', 'a\\b', '...', 'a..b', '%2e%2e', '\0', '\u2215 division slash', '\u0301x', 'a\u202e/b', '\u3002\uff0f']) {
      assert.match(slugify(title), /^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(-[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*$/u, title);
    }
  });

  it('gives every plan its own folder: folders mirrored, letters of any script kept, a hash for names without any', () => {
    const slug = (path: string): string => planSlug(path).join('/');
    assert.strictEqual(slug('days-031-060-lakehouse-for-ai.md'), 'days-031-060-lakehouse-for-ai');
    assert.strictEqual(slug('plans/\u8a08\u753b.md'), 'plans/\u8a08\u753b');
    assert.strictEqual(slug('\u4e2d\u6587.md'), '\u4e2d\u6587');
    assert.strictEqual(slug('My Plans/Python Plan.md'), 'my-plans/python-plan');
    // Issue 14 item 7: the same name in two folders never shares a lab.
    assert.strictEqual(slug('python/week-1.md'), 'python/week-1');
    assert.strictEqual(slug('rust/week-1.md'), 'rust/week-1');
    const goals = slug('\u{1F3AF}.md');
    assert.match(goals, /^plan-[0-9a-f]{8}$/);
    assert.notStrictEqual(goals, slug('\u{1F680}.md'));
    assert.match(slug('a/\u{1F3AF}.md'), /^a\/plan-[0-9a-f]{8}$/, 'the same name in another folder');
    assert.strictEqual(slug('con.md'), 'con-plan', 'a Windows device name');
    assert.match(slug('\u{1F3AF}/week.md'), /^folder-[0-9a-f]{8}\/week$/, 'a folder without letters is kept apart, never dropped');
    assert.notStrictEqual(slug('\u{1F3AF}/week.md'), slug('week.md'));
    assert.strictEqual(slug('aux/con.md'), 'aux-plan/con-plan', 'in any segment');
    // A plan outside the root (CLI --root) never climbs: its `..`s are dropped and the name hashed.
    assert.match(slug('../other/plan.md'), /^other\/plan-[0-9a-f]{8}$/);
    assert.notStrictEqual(slug('../other/plan.md'), slug('other/plan.md'));
    const names = ['python/week-1.md', 'rust/week-1.md', 'week-1.md', 'plan.md', '\u8a08\u753b.md', '\u4e2d\u6587.md', '\u{1F3AF}.md', '\u{1F680}.md', 'a/\u{1F3AF}.md'];
    assert.strictEqual(new Set(names.map(slug)).size, names.length);
  });

  it('bounds a long non-ASCII word by characters, never splitting a surrogate pair', () => {
    const slug = slugify('\u{20000}'.repeat(60));
    assert.strictEqual([...slug].length, 48);
    assert.ok(!/[\ud800-\udbff]$/.test(slug));
  });

  it('strips the "Day N -" prefix from titles', () => {
    assert.strictEqual(titleWithoutDayPrefix('Day 31 - Lakehouse'), 'Lakehouse');
    assert.strictEqual(titleWithoutDayPrefix('Day 28: Project'), 'Project');
    // A challenge's count is no part of the title (a trial's lab was `day-004-100-wrote-unit-tests`).
    assert.strictEqual(titleWithoutDayPrefix('Day 4/100: wrote unit tests'), 'wrote unit tests');
    assert.strictEqual(titleWithoutDayPrefix('Day 4 of 100: wrote unit tests'), 'wrote unit tests');
    // A round's day keeps its round: `R1D3 Review` and `R2D3 Review` are two labs (a review's).
    assert.strictEqual(titleWithoutDayPrefix('R1D3 Review'), 'R1D3 Review');
    assert.strictEqual(titleWithoutDayPrefix('Day 9 / 30 - Review'), 'Review');
    assert.strictEqual(titleWithoutDayPrefix('Day 1'), 'Day 1');
    assert.strictEqual(titleWithoutDayPrefix('Day 3 - Joins \t'), 'Joins', 'trailing blanks go too');
    // In any language the grammar reads, full-width separators too.
    const table: [string, string][] = [
      ['Tag 4 \u2013 Listen', 'Listen'], ['D\u00EDa 12: Saludos', 'Saludos'], ['\u7B2C2\u5929\uFF1A\u6982\u7387\u8BBA', '\u6982\u7387\u8BBA'],
      ['Jour 5 \u2014 Verbes', 'Verbes'], ['Days 3-4 - Joins', 'Joins'], ['Tag 9', 'Tag 9'], ['Monday: Fresh Start', 'Monday: Fresh Start'],
      ['Day 9 (Monday)', '(Monday)'],
    ];
    for (const [title, expected] of table) assert.strictEqual(titleWithoutDayPrefix(title), expected, title);
  });
});

describe('lab locations', () => {
  it('sanitizes the labs folder setting', () => {
    assert.deepStrictEqual(labsFolderSegments('labs'), ['labs']);
    assert.deepStrictEqual(labsFolderSegments('study/labs/'), ['study', 'labs']);
    for (const bad of ['../outside', '/etc', 'C:\\x', 'a/../../b', '', undefined]) assert.deepStrictEqual(labsFolderSegments(bad), ['labs'], String(bad));
  });

  it('places a day under labs/<plan\'s folders>/<plan>/day-NNN-<title>', () => {
    const plan = parse(lines('# Days 31-60', '### Day 31 - Lakehouse vs DW'), 'file:///ws/plans/My Plan.md');
    const where = labLocation(undefined, 'plans/My Plan.md', dayContent(plan, plan.days[0]), 0);
    assert.deepStrictEqual(where, { folder: ['labs', 'plans', 'my-plan', 'day-031-lakehouse-vs-dw'], notebook: 'day-031.ipynb', notes: 'notes.md', tag: 'day-031' });
  });

  it('names a dated day\'s lab by its date once, however the title writes it (`11/27/2026: 3Sum` gave `2026-11-27-11-27-2026-3sum`)', () => {
    const journal = parse(lines('# Study journal', '## 11/27/2026 Heaps', 'Read.', '## 11/28/2026', 'Read.'), 'file:///ws/j.md');
    assert.deepStrictEqual(labLocation(undefined, 'j.md', dayContent(journal, journal.days[0]), 0, journal.days[0].date).folder, ['labs', 'j', '2026-11-27-heaps']);
    assert.deepStrictEqual(labLocation(undefined, 'j.md', dayContent(journal, journal.days[1]), 1, journal.days[1].date).folder, ['labs', 'j', '2026-11-28']);
    // The lab made under the name it had before is the day's still (a review's: a second lab beside it).
    assert.deepStrictEqual(labLocation(undefined, 'j.md', dayContent(journal, journal.days[0]), 0, journal.days[0].date).formerFolder, ['labs', 'j', '2026-11-27-11-27-2026-heaps']);
  });

  it('leaves a challenge\'s count out of a lab\'s folder, and finds a lab made under the name with it (a trial\'s `day-004-100-...`)', () => {
    const log = parse(lines('# #100DaysOfCode', '', 'Day 3/100: closures', 'Day 4/100: wrote unit tests', 'Day 5/100: promises', ''), 'file:///ws/log.md');
    const where = labLocation(undefined, 'log.md', dayContent(log, log.days[1]), 1);
    assert.deepStrictEqual([where.folder, where.formerFolder], [['labs', 'log', 'day-004-wrote-unit-tests'], ['labs', 'log', 'day-004-100-wrote-unit-tests']]);
  });

  it('leaves a date that ends a numbered day\'s title out of its folder\'s name (a replan dates it anew)', () => {
    const plan = parse(lines('# Kurs', '### Tag 1 \u2013 Einf\u00fchrung (23.11.2026)', '- [ ] a', '### Tag 2 \u2013 Netz (24.11.2026)', '- [ ] b'), 'file:///ws/de.md');
    const where = labLocation(undefined, 'de.md', dayContent(plan, plan.days[0]), 0);
    assert.deepStrictEqual([where.folder, where.formerFolder, where.olderFolder], [['labs', 'de', 'day-001-einfuhrung'], ['labs', 'de', 'day-001-einfuhrung-23-11-2026'], ['labs', 'de', 'day-001-tag-1-einfuhrung-23-11-2026']]);
    const replanned = parse(lines('# Kurs', '### Tag 1 \u2013 Einf\u00fchrung (27.11.2026)', '- [ ] a'), 'file:///ws/de.md');
    assert.deepStrictEqual(labLocation(undefined, 'de.md', dayContent(replanned, replanned.days[0]), 0).folder, ['labs', 'de', 'day-001-einfuhrung']);
  });

  it('links from the plan folder to the lab', () => {
    assert.strictEqual(relativePosix('plans', 'labs/p/day-031/day-031.ipynb'), '../labs/p/day-031/day-031.ipynb');
    assert.strictEqual(relativePosix('', 'labs/p/d.ipynb'), 'labs/p/d.ipynb');
    assert.strictEqual(relativePosix('my plans', 'my plans/labs/a b.ipynb'), 'labs/a%20b.ipynb');
  });
});

describe('templates', () => {
  it('substitutes placeholders as plain text and reports unknown ones', () => {
    const rendered = renderTemplate('{{title}} on {{ date }} {{nope}} {{title}} {{constructor}}', { title: 'A {{date}}', date: 'D' });
    assert.strictEqual(rendered.text, 'A {{date}} on D {{nope}} A {{date}} {{constructor}}');
    assert.deepStrictEqual(rendered.unknown, ['nope', 'constructor']);
  });
});

describe('renderLab', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'days-031-060-lakehouse-for-ai.md'), 'utf8');
  const plan = buildPlan(inMemoryDocument('file:///ws/days-031-060-lakehouse-for-ai.md', text));
  let content: ReturnType<typeof dayContent>;
  let lab: ReturnType<typeof renderLab>;
  // Made in each test (not when the suite loads), so a mutant switched on for a test is seen by it.
  beforeEach(() => {
    content = dayContent(plan, plan.days[0]);
    lab = renderLab(content, '2026-11-21');
  });
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'nbformat', 'v4', 'nbformat.v4.schema.json'), 'utf8'));

  it('gathers the day\'s objective, tasks, resources, checkpoint and module', () => {
    assert.strictEqual(content.objective, 'Understand why traditional data warehouses fail for AI workloads');
    assert.deepStrictEqual(content.tasks, ['Study limitations of data warehouses for AI/ML and benefits of lakehouse (30 min)']);
    assert.strictEqual(content.resources[0].target, 'https://databricks.com/blog/2020/01/30/what-is-a-data-lakehouse.html');
    assert.strictEqual(content.checkpoint, 'Can explain why AI workloads need lakehouse architecture');
    assert.strictEqual(content.module, 'Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)');
  });

  it('writes a notebook that is valid nbformat 4 (checked against the schema) with three cells', () => {
    const notebook = JSON.parse(lab.notebook);
    const validate = new Ajv().compile(schema);
    assert.ok(validate(JSON.parse(lab.notebook)), JSON.stringify(validate.errors));
    assert.deepStrictEqual(notebook.cells.map((c: { cell_type: string }) => c.cell_type), ['markdown', 'code', 'markdown']);
    assert.deepStrictEqual(notebook.metadata.kernelspec, { name: 'python3', display_name: 'Python 3', language: 'python' });
    assert.deepStrictEqual(notebook.metadata.language_info, { name: 'python' });
    const overview = notebook.cells[0].source.join('');
    assert.match(overview, /^# Day 31 - Lakehouse vs Data Warehouse for AI\n/);
    assert.match(overview, /- \u2610 Study limitations/, 'a ballot box Jupyter renders, not a task list it does not');
    assert.ok(!overview.includes('[ ]'));
    assert.match(overview, /- \[Lakehouse vs Data Warehouse for ML\]\(https:\/\/databricks\.com/);
    assert.match(overview, /\*\*Checkpoint:\*\* Can explain/);
  });

  it('writes notes with the tasks as a plain list, resources and reflection prompts', () => {
    assert.match(lab.notes, /^# Lab notes: Lakehouse vs Data Warehouse for AI\n\n\*Day 31 - Lakehouse vs Data Warehouse for AI \u00b7 /);
    assert.match(lab.notes, /## Tasks\n- \u2610 Study limitations/);
    assert.match(lab.notes, /## Reflection\n- What did I learn today/);
    assert.deepStrictEqual(lab.unknown, []);
  });

  it('writes notes that are never a plan by our own rules, for every day of every fixture and for hostile titles (issue 16 item 1)', () => {
    const fixtures = fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((f) => f.endsWith('.md'));
    let days = 0;
    for (const name of fixtures) {
      const source = buildPlan(inMemoryDocument(`file:///ws/${name}`, fs.readFileSync(path.join(ROOT, 'test', 'fixtures', name), 'utf8')));
      for (const day of source.days) {
        const notes = renderLab(dayContent(source, day), '2026-11-21').notes;
        assert.strictEqual(buildPlan(inMemoryDocument('file:///ws/labs/notes.md', notes)).isPlan, false, `${name}: ${day.title}\n${notes}`);
        days++;
      }
    }
    assert.ok(days >= 88, `${days} days`);
    const hostile = parse(lines('### Day 12 - Review of Day 5 and Week 2', '- [ ] Days 1-7 recap', '- [ ] [x] odd', '- **Task:** Module 3: [ ] read', '- [x](https://example.com/empty)', '[](https://example.com/bare)'));
    const notes = renderLab(dayContent(hostile, hostile.days[0]), '2026-11-21').notes;
    assert.strictEqual(buildPlan(inMemoryDocument('file:///ws/labs/notes.md', notes)).isPlan, false, notes);
    assert.match(notes, /^# Lab notes\n/, 'a title that reads as a day stays out of the heading');
  });

  it('warns when a user\'s notes template would make notes.md a plan', () => {
    const rendered = renderLab(content, '2026-11-21', { notes: '# {{heading}}\n{{tasks}}\n- [ ] mine\n' });
    assert.match(rendered.problems.join(), /makes notes\.md a plan of its own/);
  });

  it('keeps the kernel a notebook template names, and gives Python to one that names none', () => {
    const r = '{"cells":[],"metadata":{"kernelspec":{"name":"ir","display_name":"R","language":"R"},"language_info":{"name":"R"}},"nbformat":4,"nbformat_minor":4}';
    assert.deepStrictEqual(JSON.parse(renderLab(content, '2026-11-21', { notebook: r }).notebook).metadata.kernelspec, { name: 'ir', display_name: 'R', language: 'R' });
    const bare = JSON.parse(renderLab(content, '2026-11-21', { notebook: '{"cells":[],"nbformat":4,"nbformat_minor":4}' }).notebook);
    assert.strictEqual(bare.metadata.kernelspec.name, 'python3');
  });

  it('uses user templates, keeps unknown placeholders, and falls back on a broken notebook template', () => {
    const custom = renderLab(content, '2026-11-21', { notes: 'Day {{day}}: {{title}} {{mood}}', notebook: '{"cells":[{"cell_type":"markdown","metadata":{},"source":["{{plan}} \\"quoted\\""]}],"metadata":{},"nbformat":4,"nbformat_minor":4}' });
    assert.strictEqual(custom.notes, 'Day 31: Lakehouse vs Data Warehouse for AI {{mood}}');
    assert.deepStrictEqual(custom.unknown, ['mood']);
    assert.deepStrictEqual(JSON.parse(custom.notebook).cells[0].source, ['Days 31-60: Lakehouse Architecture for AI/ML at Scale "quoted"']);
    const broken = renderLab(content, '2026-11-21', { notebook: '{not json' });
    assert.strictEqual(broken.problems.length, 1);
    assert.strictEqual(JSON.parse(broken.notebook).cells.length, 3);
  });
});

describe('addLabLink', () => {
  function add(text: string): string {
    const plan = parse(text);
    const outcome = addLabLink(text, plan.days[0], 'day-001', 'labs/p/day-001/day-001.ipynb');
    assert.ok(outcome.ok);
    return applyTextEdits(text, outcome.edits);
  }

  it('puts the link under the heading, with a blank line before a paragraph', () => {
    assert.strictEqual(add('### Day 1\n**Objective:** x\n'), '### Day 1\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n\n**Objective:** x\n');
  });

  it('joins a list that follows, keeps CRLF, and handles a heading on the last line', () => {
    assert.strictEqual(add('### Day 1\r\n- **Task:** y\r\n'), '### Day 1\r\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\r\n- **Task:** y\r\n');
    assert.strictEqual(add('### Day 1'), '### Day 1\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)');
  });

  it('goes below a setext heading\'s underline (found by fuzzing), also when its text spans lines', () => {
    assert.strictEqual(add('Day 1 - A\n===\ntext\n'), 'Day 1 - A\n===\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n\ntext\n');
    assert.strictEqual(add('Day 1 - A\nmore title\n---\n'), 'Day 1 - A\nmore title\n---\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n');
    // A heading in a list item gets its link in the same item (at the item's column).
    assert.strictEqual(add('- ### Day 1 - in a list\nnext\n===\n'), '- ### Day 1 - in a list\n  - **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n\nnext\n===\n');
  });

  it('adds the link only once', () => {
    const once = add('### Day 1\n\ntext\n');
    assert.strictEqual(add(once), once);
  });
});

describe('slugs and names, exactly', () => {
  it('a day\'s title without its "Day N" prefix, whatever the separator and spacing', () => {
    const table: [string, string][] = [
      ['Day 31 - Lakehouse', 'Lakehouse'], ['  Day 31 - Lakehouse', 'Lakehouse'], ['Day31-Lakehouse', 'Lakehouse'], ['Day # 4: Joins', 'Joins'],
      ['Day 4 :Joins', 'Joins'], ['Day 4 -  Joins', 'Joins'], ['Day 4 \u2013 Joins', 'Joins'], ['Day 4 \u2014 Joins', 'Joins'], ['Day 4 | Joins', 'Joins'],
      ['Day 4. Joins', 'Joins'], ['Day\t4:x', 'x'], ['Day 4 -- Joins', '- Joins'], ['day 7 recap', 'recap'],
      ['Day 4', 'Day 4'], ['  Day 4  ', 'Day 4'], ['Review of day 3 - x', 'Review of day 3 - x'],
    ];
    for (const [title, expected] of table) assert.strictEqual(titleWithoutDayPrefix(title), expected, title);
  });

  it('a plan\'s lab folder from its path: empty and "." segments dropped, only a trailing .md or .markdown taken off', () => {
    const table: [string, string[]][] = [
      ['a/./b.md', ['a', 'b']], ['/a//b.md', ['a', 'b']], ['x.markdown', ['x']], ['x.MD', ['x']], ['notes.md.bak', ['notes-md-bak']],
      ['../x/p.md', ['x', 'p-7ecc3468']], ['\u{1F3AF}.md', ['plan-6661565f']], ['con.md', ['con-plan']], ['\u{1F3AF}/p.md', ['folder-4a2e7f3c', 'p']], ['', ['plan-811c9dc5']],
    ];
    for (const [planPath, segments] of table) assert.deepStrictEqual(planSlug(planPath), segments, planPath);
  });

  it('slugs stop at a word boundary within the length; a first word too long is cut; nothing left is "untitled"', () => {
    assert.deepStrictEqual([slugify('abc def', 7), slugify('abc def', 6), slugify('abcdefghij', 5), slugify('ab abcdefghij', 5), slugify('!!!'), slugify('\u00c5ngstr\u00f6m Caf\u00e9')], ['abc-def', 'abc', 'abcde', 'ab', 'untitled', 'angstrom-cafe']);
  });

  it('the short hash is FNV-1a as 8 hex digits, zero-padded', () => {
    assert.deepStrictEqual([shortHash(''), shortHash('a'), shortHash('p426')], ['811c9dc5', 'e40c292c', '01483fad']);
  });
});
