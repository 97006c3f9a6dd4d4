/**
 * `learning-plans index` on each format fixture prints the outline a learner expects (issue 17): in
 * process per format, and once end to end through the built `dist/cli.js` over the whole folder.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const FORMATS = path.join(ROOT, 'test', 'formats');

/** Per fixture: the plan's progress after its file name, then the outline's lines. */
const OUTLINES: Record<string, [string, string[]]> = {
  'challenge-rounds': ['0/5 days', [
    '  [ ] section: #100DaysOfCode Log  (0/5 days)',
    '    [ ] section: Log  (0/5 days)',
    '      [ ] cycle: Round 1  (0/3 days)',
    '        [ ] day: R1D1 - 15MAY2021',
    '        [ ] day: R1D2 - 16MAY2021',
    '        [ ] day: R1D3',
    '      [ ] cycle: Round 2  (0/2 days)',
    '        [ ] day: R2D1 - 02SEP2021',
    '        [ ] day: R2 D2',
  ]],
  // Dated entries with no tasks: a journal, each entry with the date it was read as.
  'dated-log': ['journal', [
    '  -   section: Learning log: statistics',
    '    -   entry: January 7, 2023  (2023-01-07)',
    '    -   entry: 8 Jan 2023  (2023-01-08)',
    '    -   entry: 2023/01/10  (2023-01-10)',
    '    -   entry: Tue 17.01.2023  (2023-01-17)',
  ]],
  'day-table': ['2/5 days', [
    '  [~] section: 30 Days of Go  (2/5 days)',
    '    [x] day: Day 01: Setup and Hello World  (✓)',
    '    [x] day: Day 02: Variables and Types  (✓)',
    '    [ ] day: Day 03: Control Flow',
    '    [ ] day: Day 04-05: Functions and Closures',
    '    [ ] day: Day 06: Structs type T struct',
  ]],
  'day-table-plain': ['0/3 days', [
    '  [ ] section: Fitness and study, side by side  (0/3 days)',
    '    [ ] day: Day 1: M1S1',
    '    [ ] day: Day 2: M1S2',
    '    [ ] day: Day 3: M1S3',
  ]],
  'deep-list': ['0/61 tasks', [
    '  [ ] section: Roadmap, nested as deep as the topics go  (0/61 tasks)',
    '    [ ] section: After the roadmap  (0/1 tasks)',
  ]],
  'duplicate-days': ['0/4 days', [
    '  [ ] section: Python basics: read, then practise  (0/4 days)',
    '    [ ] section: 📔 Reading  (0/2 days)',
    '      [ ] day: 📔 Day 1  (0/1 tasks)',
    '      [ ] day: 📔 Day 2  (0/1 tasks)',
    '    [ ] section: 💻 Exercises  (0/2 days)',
    '      [ ] day: 💻 Day 1: Exercises  (0/1 tasks)',
    '      [ ] day: 💻 Day 2: Exercises  (0/1 tasks)',
  ]],
  'checkbox-days': ['2/6 days, 1 day skipped', [
    '  [~] section: SQL in four weeks  (2/6 days, 1 day skipped)',
    '    [~] module: Week 1: Basics  (2/4 days, 1 day skipped)',
    '      [x] day: Day 1: SELECT and WHERE  (\u2713 2026-11-16)',
    '      [x] day: Day 2: ORDER BY, LIMIT  (\u2713)',
    '      [~] day: Day 3: JOINs  (1/2 tasks)',
    '      [ ] day: Day 4: GROUP BY  (planned 2026-11-21)',
    '      [-] day: Day 5: Review  (skipped)',
    '    [ ] module: Week 2: Beyond the basics  (0/2 days)',
    '      [ ] day: Day 6 Window functions  (planned 2026-11-22)',
    '      [ ] day: Days 7-8: A small project with a second line  (planned 2026-11-23)',
  ]],
  'list-days': ['1/5 days, 1 day skipped', [
    '  [~] section: Python in three weeks  (1/5 days, 1 day skipped)',
    '    [~] module: Week 1: Basics  (1/3 days, 1 day skipped)',
    '      [x] day: Day 1: Variables and types  (\u2713 2026-11-16)',
    '      [~] day: Day 2 - Loops  (1/2 tasks)',
    '      [ ] day: Day 3: Functions  (planned 2026-11-21)',
    '      [-] day: Day 4: Review  (skipped)',
    '    [ ] module: Week 2: Modules  (0/2 days)',
    '      [ ] day: Day 5: Imports  (planned 2026-11-22)',
    '      [ ] day: Days 6-7: A small project  (planned 2026-11-23)',
    '    -   module: Week 3',
  ]],
  'heading-tasks': ['0/1 days', [
    '  [~] section: Machine Learning Foundations  (0/1 days)',
    '    [~] module: Week 1  (0/1 days)',
    '      [ ] section: Learning Theory  (0/1 tasks)',
    '      [x] section: Linear Models  (✓ 1/1 tasks)',
    '      [ ] section: Regularization  (0/1 tasks)',
    '      [ ] day: Day 4 - Kernels  (0/1 tasks)',
  ]],
  'obsidian-tasks': ['0/3 days', [
    '  [~] section: Rust in two weeks  (0/3 days)',
    '    [~] module: Week 1  (0/3 days)',
    '      [~] day: Day 1 - Ownership  (1/4 tasks)',
    '      [ ] day: Day 2 - Structs  (0/3 tasks)',
    '      [ ] day: Day 3 - Enums',
  ]],
  'paragraph-days': ['0/4 days', [
    '  [ ] section: 100 Days of Code: my log  (0/4 days)',
    '    [ ] day: Day 1: Set up the editor and wrote a first script that renames photos.',
    '    [ ] day: Day 2',
    '    [ ] day: Day 3/100: built a tiny CLI with argparse. Links: argparse docs',
    '    [ ] day: Day 4 - 4/100: tests with pytest, two of them failing on purpose.',
  ]],
  'range-log': ['1/5 days', [
    '  [~] section: Log  (1/5 days)',
    '    [~] section: Entries  (1/5 days)',
    '      [ ] day: Day 26: April 9',
    '      [ ] day: Day 27: April 10',
    '      [ ] day: Day 28-31: April 12-15',
    '      [ ] day: Day 32: April 16',
    '      [x] day: Day 33: April 17  (✓ 2023-04-17)',
  ]],
  'titles': ['0/3 days', [
    '  [ ] section: Thirty days of SQL  (0/3 days)',
    '    [ ] module: Week 1: Basics (Days 1-7)  (0/1 days)',
    '      [ ] day: Day 1: March 16  (0/1 tasks)',
    '    [ ] module: Week 2: Joins (Days 8-14)  (0/1 days)',
    '      [ ] day: Day 8  (0/1 tasks)',
    '    [ ] module: Final Sprint (Days 26-30)  (0/1 days)',
    '      [ ] day: Day 26  (0/1 tasks)',
  ]],
  // A journal is a record: its entries are listed, not shown as open boxes.
  'week-journal': ['journal', [
    '  -   section: My learning week',
    '    -   entry: Monday: Fresh Start',
    '      -   section: Links of the day',
    '    -   entry: Tuesday: Deployments',
    '    -   entry: Wednesday',
    '    -   entry: Thursday: Services',
    '    -   entry: Friday: Config',
    '    -   entry: Saturday',
    '    -   entry: Sunday',
  ]],
  'weekdays': ['0/5 days', [
    '  [~] section: Spanish, this week  (0/5 days)',
    '    [~] day: TODAY (Monday)  (1/2 tasks)',
    '    [ ] day: TUESDAY  (0/1 tasks)',
    '    [ ] module: Week 3  (0/3 days)',
    '      [ ] day: Monday  (0/1 tasks)',
    '      [ ] day: Wed  (0/1 tasks)',
    '      [ ] day: Sunday review  (0/1 tasks)',
  ]],
  'languages/es': ['0/2 days', [
    '  [ ] section: Plan de estudio: Python  (0/2 days)',
    '    [ ] module: Semana 1: Fundamentos  (0/2 days)',
    '      [ ] day: Día 1: Variables  (0/1 tasks)',
    '      [ ] day: Día 2: Funciones  (0/1 tasks)',
  ]],
  'languages/pt': ['0/2 days', [
    '  [ ] section: Plano de estudos: JavaScript  (0/2 days)',
    '    [ ] module: Módulo 1: Básico  (0/2 days)',
    '      [ ] day: Dia 1 - Tipos  (0/1 tasks)',
    '      [ ] day: Dia 2 - Laços  (0/1 tasks)',
  ]],
  'languages/fr': ['0/2 days', [
    '  [ ] section: Programme : Rust  (0/2 days)',
    '    [ ] module: Semaine 1  (0/2 days)',
    '      [ ] day: Jour 1 : Installation  (0/1 tasks)',
    '      [ ] day: Jour 2 : Propriété  (0/1 tasks)',
  ]],
  'languages/de': ['0/2 days', [
    '  [ ] section: Lernplan: Go  (0/2 days)',
    '    [ ] module: Woche 1  (0/2 days)',
    '      [ ] day: Tag 1: Einrichtung  (0/1 tasks)',
    '      [ ] day: 2. Tag: Schleifen  (0/1 tasks)',
  ]],
  'languages/it': ['0/2 days', [
    '  [ ] section: Piano di studio: SQL  (0/2 days)',
    '    [ ] module: Settimana 1  (0/2 days)',
    '      [ ] day: Giorno 1 - SELECT  (0/1 tasks)',
    '      [ ] day: Giorno 2 - JOIN  (0/1 tasks)',
  ]],
  'languages/nl': ['0/2 days', [
    '  [ ] section: Leerplan: Docker  (0/2 days)',
    '    [ ] module: Week 1  (0/2 days)',
    '      [ ] day: Dag 1: Images  (0/1 tasks)',
    '      [ ] day: Dag 2: Containers  (0/1 tasks)',
  ]],
  'languages/tr': ['0/2 days', [
    '  [ ] section: Çalışma planı: Java  (0/2 days)',
    '    [ ] module: Hafta 1  (0/2 days)',
    '      [ ] day: Gün 1: Kurulum  (0/1 tasks)',
    '      [ ] day: 2. Gün: Döngüler  (0/1 tasks)',
  ]],
  'languages/pl': ['0/2 days', [
    '  [ ] section: Plan nauki: C#  (0/2 days)',
    '    [ ] module: Tydzień 1  (0/2 days)',
    '      [ ] day: Dzień 1: Typy  (0/1 tasks)',
    '      [ ] day: Dzień 2: Pętle  (0/1 tasks)',
  ]],
  'languages/ru': ['0/2 days', [
    '  [ ] section: План обучения: Python  (0/2 days)',
    '    [ ] module: Неделя 1  (0/2 days)',
    '      [ ] day: День 1: Переменные  (0/1 tasks)',
    '      [ ] day: День 2: Функции  (0/1 tasks)',
  ]],
  'languages/uk': ['0/2 days', [
    '  [ ] section: План навчання: Kotlin  (0/2 days)',
    '    [ ] module: Тиждень 1  (0/2 days)',
    '      [ ] day: День 1: Змінні  (0/1 tasks)',
    '      [ ] day: День 2: Цикли  (0/1 tasks)',
  ]],
  'languages/vi': ['0/2 days', [
    '  [ ] section: Kế hoạch học: React  (0/2 days)',
    '    [ ] module: Tuần 1  (0/2 days)',
    '      [ ] day: Ngày 1: Cài đặt  (0/1 tasks)',
    '      [ ] day: Ngày 2: Component  (0/1 tasks)',
  ]],
  'languages/id': ['0/2 days', [
    '  [ ] section: Rencana belajar: Flutter  (0/2 days)',
    '    [ ] module: Minggu 1  (0/2 days)',
    '      [ ] day: Hari 1: Instalasi  (0/1 tasks)',
    '      [ ] day: Hari 2: Widget  (0/1 tasks)',
  ]],
  'languages/zh': ['0/2 days', [
    '  [ ] section: 学习计划：算法  (0/2 days)',
    '    [ ] module: 第1周  (0/2 days)',
    '      [ ] day: 第1天：数组  (0/1 tasks)',
    '      [ ] day 2: 第二天：链表  (0/1 tasks)',
  ]],
  'languages/ja': ['0/2 days', [
    '  [ ] section: 学習計画：TypeScript  (0/2 days)',
    '    [ ] module: 第1週  (0/2 days)',
    '      [ ] day: 1日目：型  (0/1 tasks)',
    '      [ ] day: 2日目：関数  (0/1 tasks)',
  ]],
  'languages/ko': ['0/2 days', [
    '  [ ] section: 학습 계획: 자료구조  (0/2 days)',
    '    [ ] module: 1주차  (0/2 days)',
    '      [ ] day: 1일차: 배열  (0/1 tasks)',
    '      [ ] day: 2일차: 스택  (0/1 tasks)',
  ]],
};

async function index(...paths: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['index', ...paths], { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

describe('CLI: index prints the outline of each format', () => {
  for (const [name, [progress, lines]] of Object.entries(OUTLINES)) {
    it(name, async () => {
      const file = path.join(FORMATS, `${name}.md`);
      const { code, out, err } = await index(file);
      assert.deepStrictEqual([code, err], [0, '']);
      assert.deepStrictEqual(out.trimEnd().split('\n'), [`${file}  ${progress}`.trimEnd(), ...lines]);
    });
  }

  it('marks a skipped day [-] and says so (a learner saw skipped days as open ones)', async () => {
    const file = path.join(tempDir('lp-skip-'), 'plan.md');
    fs.writeFileSync(file, '# Plan\n\n## Week 1\n\n### Day 1 - A \u2705 2026-11-20\n\n### Day 2 - B \u23ED 2026-11-21\n\n### Day 3 - C\n');
    const { out } = await index(file);
    assert.deepStrictEqual(out.trimEnd().split('\n').slice(1), [
      '  [~] section: Plan  (1/2 days, 1 day skipped)',
      '    [~] module: Week 1  (1/2 days, 1 day skipped)',
      '      [x] day: Day 1 - A  (\u2713 2026-11-20)',
      '      [-] day: Day 2 - B  (skipped)',
      '      [ ] day: Day 3 - C',
    ]);
  });

  it('a skipped day takes its tasks out of its module; a module whose days were all skipped says so', async () => {
    // A learner saw `[ ] module: Week 2  (0/2 tasks)` for a week skipped whole: its days had left the count,
    // their tasks had not.
    const file = path.join(tempDir('lp-skip-'), 'plan.md');
    fs.writeFileSync(file, [
      '# Plan', '', '## Week 1', '', '### Day 1 - A', '- [x] read', '- [ ] write', '', '### Day 2 - B \u23ED 2026-11-21', '- [ ] one', '',
      '## Week 2', '', '### Day 3 - C \u23ED 2026-11-21', '- [ ] two', '', '### Day 4 - D \u23ED 2026-11-21', '- [ ] three', '',
    ].join('\n'));
    const { out } = await index(file);
    assert.deepStrictEqual(out.trimEnd().split('\n').slice(1), [
      '  [~] section: Plan  (0/1 days, 3 days skipped)',
      '    [~] module: Week 1  (0/1 days, 1 day skipped)',
      '      [~] day: Day 1 - A  (1/2 tasks)',
      '      [-] day: Day 2 - B  (skipped)',
      '    [-] module: Week 2  (skipped)',
      '      [-] day: Day 3 - C  (skipped)',
      '      [-] day: Day 4 - D  (skipped)',
    ]);
    // The JSON counts the same: the plan's 2 tasks are Day 1's; a skipped day keeps its own.
    const json = JSON.parse((await index(file, '--json')).out) as { plans: { tasks: unknown; children: { children: { tasks: unknown; children: { skipped?: boolean; tasks: unknown }[] }[] }[] }[] };
    const [plan] = json.plans;
    const [week1, week2] = plan.children[0].children;
    assert.deepStrictEqual([plan.tasks, week1.tasks, week2.tasks, week2.children[0].tasks], [{ total: 2, done: 1 }, { total: 2, done: 1 }, { total: 0, done: 0 }, { total: 1, done: 0 }]);
  });

  it('a week whose days were skipped but which holds a task of its own still shows that work', async () => {
    const file = path.join(tempDir('lp-skip-'), 'plan.md');
    fs.writeFileSync(file, [
      '# Plan', '', '## Week 1', '- [ ] weekly project', '', '### Day 1 - A \u23ED 2026-11-21', '- [ ] one', '',
      '## Week 2', '- [x] weekly review', '', '### Day 2 - B \u23ED 2026-11-21', '',
    ].join('\n'));
    const { out } = await index(file);
    assert.deepStrictEqual(out.trimEnd().split('\n').slice(2), [
      '    [ ] module: Week 1  (0/1 tasks, 1 day skipped)',
      '      [-] day: Day 1 - A  (skipped)',
      '    [x] module: Week 2  (\u2713 1/1 tasks, 1 day skipped)',
      '      [-] day: Day 2 - B  (skipped)',
    ]);
  });

  it('lists no plan for dated meeting notes in a folder; named on their own, they are read as a journal, as show reads them', async () => {
    const file = path.join(FORMATS, 'meeting-notes.md');
    const folder = tempDir('lp-meetings-');
    fs.copyFileSync(file, path.join(folder, 'meeting-notes.md'));
    // No outline is no output at all (not an empty line); stderr says why (a learner's report).
    assert.deepStrictEqual(await index(folder), { code: 0, out: '', err: `learning-plans: no plan found in ${folder}\n` });
    assert.match((await index(file)).out, /meeting-notes\.md {2}journal\n {2}- {3}section: Team meetings\n {4}- {3}entry: 2024-01-05\n/);
  });

  it('end to end: dist/cli.js index over the folder prints every outline', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'index', 'test/formats'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(result.status, 0, result.stderr);
    const blocks = result.stdout.trimEnd().split('\n\n');
    for (const [name, [, lines]] of Object.entries(OUTLINES)) {
      const block = blocks.find((b) => b.startsWith(`test/formats/${name}.md`));
      assert.ok(block, `${name} is listed`);
      assert.deepStrictEqual(block.split('\n').slice(1), lines);
    }
    assert.ok(!result.stdout.includes('meeting-notes'));
  });
});
