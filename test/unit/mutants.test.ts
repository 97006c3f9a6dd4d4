/**
 * Mutants that survived the unit suite once (issue 15 item 6, `npm run mutate`): each table here fails
 * with the mutant named in its title. Before/after tables of real lines; the bug each mutant stands for
 * is one a learner would meet (marking the second `## Monday` stamps the first one).
 */
import * as assert from 'assert';
import {
  allTasks,
  checkPathBelow,
  classifyHeading,
  dayAtLine,
  findDay,
  findTask,
  markDayComplete,
  resolveLinkTarget,
  statFromFileType,
  tasksOnLines,
  toggleTasks,
  type FileStat,
  type FileSystemPort,
} from '../../src/core';
import { applied } from './edits/applyBytes';
import { outline, parse } from './helpers';

const D = '2026-11-21';
const S = `\u2705 ${D}`;

/** Checks the one task on `line` (through the production byte applier, as the CLI writes). */
function check(text: string, line: number): string {
  const task = allTasks(parse(text).root).find((t) => t.line === line);
  assert.ok(task, `a task on line ${line}`);
  return applied(text, toggleTasks(text, [task], D));
}

describe('mutant: a lone CR is no line break in byte edits', () => {
  const table: [string, number, string][] = [
    ['- [ ] a\r- [ ] b\r', 1, `- [ ] a\r- [x] b ${S}\r`],
    ['### Day 1\r- [ ] a\r- [ ] b\r', 2, `### Day 1\r- [ ] a\r- [x] b ${S}\r`],
    // Mixed endings (a file edited on two systems): CRLF, lone CR and LF in one file.
    ['# P\r\n- [ ] a\r- [ ] b\n- [ ] c\r\n', 2, `# P\r\n- [ ] a\r- [x] b ${S}\n- [ ] c\r\n`],
    ['- [ ] a\r\r- [ ] b', 2, `- [ ] a\r\r- [x] b ${S}`],
  ];
  for (const [before, line, after] of table) {
    it(JSON.stringify(before), () => assert.strictEqual(check(before, line), after));
  }
});

describe('mutant: the stamp placed after trailing tabs', () => {
  const tasks: [string, string][] = [
    ['- [ ] read\t', `- [x] read ${S}\t`],
    ['- [ ] read \t \t', `- [x] read ${S} \t \t`],
    ['- [ ] read\t\t', `- [x] read ${S}\t\t`],
  ];
  for (const [before, after] of tasks) {
    it(`task ${JSON.stringify(before)}`, () => assert.strictEqual(check(before, 0), after));
  }
  const headings: [string, string][] = [
    ['### Day 1\t', `### Day 1 ${S}\t`],
    ['### Day 1\t##', `### Day 1 ${S}\t##`],
    ['### Day 1 \t##\t', `### Day 1 ${S} \t##\t`],
    ['### Day 1\t# #', `### Day 1\t# ${S} #`], // content `Day 1\t#`, closed by one #
  ];
  for (const [before, after] of headings) {
    it(`heading ${JSON.stringify(before)}`, () => {
      const day = parse(before).days[0];
      assert.strictEqual(applied(before, markDayComplete(before, day, { date: D, checkTasks: true, journal: false })), after);
    });
  }
});

describe('mutant: findDay / findTask take the first same-titled match, not the nearest', () => {
  // A weekly journal repeats its weekday headings and its tasks.
  const journal = ['# Journal', '## Monday', '- [ ] review', '## Tuesday', '- [ ] review', '## Monday', '- [ ] review', '## Monday', '- [ ] review', ''].join('\n');

  it('each repeated day is found at its own line, from a line near it', () => {
    const plan = parse(journal);
    for (const [line, found] of [[1, 1], [2, 1], [5, 5], [4, 5], [6, 5], [7, 7], [9, 7]]) {
      assert.strictEqual(findDay(plan, { line, title: 'Monday' })?.line, found, `from line ${line}`);
    }
    assert.strictEqual(findDay(plan, { line: 5, title: 'Sunday' }), undefined);
  });

  it('each repeated task is found at its own line', () => {
    const plan = parse(journal);
    for (const [line, found] of [[2, 2], [4, 4], [6, 6], [8, 8], [7, 6]]) {
      assert.strictEqual(findTask(plan, { line, text: 'review' })?.line, found, `from line ${line}`);
    }
    assert.strictEqual(findTask(plan, { line: 2, text: 'rest' }), undefined);
  });

  it('marking the second Monday stamps the second Monday', () => {
    const plan = parse(journal);
    const second = findDay(plan, { line: 5, title: 'Monday' });
    assert.ok(second);
    const after = applied(journal, markDayComplete(journal, second, { date: D, checkTasks: true, journal: false })).split('\n');
    assert.deepStrictEqual(after.slice(1, 9), ['## Monday', '- [ ] review', '## Tuesday', '- [ ] review', `## Monday ${S}`, `- [x] review ${S}`, '## Monday', '- [ ] review']);
  });

  it('allTasks lists every task once, in document order; dayAtLine and tasksOnLines by line', () => {
    const plan = parse(journal);
    assert.deepStrictEqual(allTasks(plan.root).map((t) => t.line), [2, 4, 6, 8]);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 8, 9].map((line) => dayAtLine(plan, line)?.line ?? null), [null, 1, 1, 3, 3, 5, 7, 7]);
    assert.deepStrictEqual(tasksOnLines(plan, 2, 6).map((t) => t.line), [2, 4, 6]);
    assert.deepStrictEqual(tasksOnLines(plan, 3, 5).map((t) => t.line), [4]);
    assert.deepStrictEqual(tasksOnLines(plan, 9, 20), []);
    // A task whose text wraps is on each of its lines, and on those only.
    const wrapped = parse('### Day 1\n- [ ] read the chapter on\n  joins and notes\n- [ ] b\n\nafter\n');
    assert.deepStrictEqual([1, 2, 3, 4].map((line) => tasksOnLines(wrapped, line, line).map((t) => t.line)), [[1], [1], [3], []]);
    assert.deepStrictEqual(tasksOnLines(wrapped, 2, 3).map((t) => t.line), [1, 3]);
  });
});

describe('mutant: the symbolic-link check (`&` changed to `===`)', () => {
  // VS Code reports a link to a file as `File | SymbolicLink` (65): a `===` test would trust it.
  const table: [number, FileStat][] = [
    [0, { type: 'other', symbolicLink: false, size: 3 }],
    [1, { type: 'file', symbolicLink: false, size: 3 }],
    [2, { type: 'directory', symbolicLink: false, size: 3 }],
    [64, { type: 'other', symbolicLink: true, size: 3 }],
    [65, { type: 'file', symbolicLink: true, size: 3 }],
    [66, { type: 'directory', symbolicLink: true, size: 3 }],
  ];
  for (const [bits, stat] of table) {
    it(`FileType ${bits}`, () => assert.deepStrictEqual(statFromFileType(bits, 3), stat));
  }

  it('a linked folder on the way to a lab stops the walk, whatever it links to', async () => {
    const stats: Record<string, number> = { '/ws/labs': 66, '/ws/labs/p': 2 };
    const port: FileSystemPort = {
      stat: async (path) => (path in stats ? statFromFileType(stats[path], 0) : undefined),
      mkdir: async () => assert.fail('no writes'),
      removeEmptyFolder: async () => assert.fail('no writes'),
      writeNew: async () => assert.fail('no writes'),
      readFile: async () => assert.fail('no reads'),
    };
    const check = await checkPathBelow(port, '/ws', ['labs', 'p', 'day-001'], 'folder');
    assert.strictEqual(check.ok, false);
    assert.strictEqual(check.ok ? '' : check.path, '/ws/labs');
    stats['/ws/labs'] = 2;
    assert.deepStrictEqual(await checkPathBelow(port, '/ws', ['labs', 'p', 'day-001'], 'folder'), { ok: true, existing: 2 });
  });
});

describe('mutant: links confined to the first workspace folder instead of the plan\'s own', () => {
  // A multi-root workspace: /w/first and /w/second; the plan lives in the second.
  const planDir = '/w/second/plans';
  const table: [string, string | null][] = [
    ['notes.md', '/w/second/plans/notes.md'],
    ['/docs/a.md', '/w/second/docs/a.md'],
    ['../README.md', '/w/second/README.md'],
    ['../../first/secret.md', null],
    ['../../second-copy/x.md', null],
    ['/../first/x.md', null],
  ];
  for (const [link, path] of table) {
    it(link, () => {
      const target = resolveLinkTarget(link, planDir, '/w/second');
      assert.deepStrictEqual(target.kind === 'file' ? target.path : null, path, JSON.stringify(target));
    });
  }
});

describe('mutant: a day range inside a module classified as a cycle', () => {
  const table: [string, string[]][] = [
    [['## Week 1', '### Days 1-7', '#### Day 1'].join('\n'), ['module:Week 1', '  module:Days 1-7', '    day:Day 1']],
    [['## Round 1', '### Days 1-7', '#### Day 1'].join('\n'), ['cycle:Round 1', '  module:Days 1-7', '    day:Day 1']],
    [['## Week 1', '## Days 8-14', '### Day 8'].join('\n'), ['module:Week 1', 'module:Days 8-14', '  day:Day 8']],
    [['### Week 1', '## Days 8-14', '### Day 8'].join('\n'), ['module:Week 1', 'cycle:Days 8-14', '  day:Day 8']],
    [['## Days 1-7', '### Day 1'].join('\n'), ['cycle:Days 1-7', '  day:Day 1']],
    [['## Intro', '## Days 1-7', '### Day 1'].join('\n'), ['section:Intro', 'cycle:Days 1-7', '  day:Day 1']],
  ];
  for (const [text, tree] of table) {
    it(JSON.stringify(text), () => assert.deepStrictEqual(outline(parse(text).root), tree));
  }
});

describe('mutant: a weekday without a word boundary ("Mondayitis" becomes a day)', () => {
  const table: [string, string][] = [
    ['Mondayitis and how to beat it', 'section'],
    ['Mondays', 'section'],
    ['Monday', 'day'],
    ['Monday: Fresh Start', 'day'],
    ['(Tuesday)', 'day'],
    ['Mon', 'day'],
    ['Mon.', 'day'],
    ['Monitoring', 'section'],
    ['Sundaze', 'section'],
    ['Today (Mondayish)', 'section'],
    ['Today (Monday)', 'day'],
    ['Today - Mon', 'day'],
    ['Todays notes', 'section'],
  ];
  for (const [heading, kind] of table) {
    it(heading, () => assert.strictEqual(classifyHeading(heading).kind, kind));
  }
});
