import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildPlan, inMemoryDocument, type ParsedPlan, type PlanNode } from '../../src/core';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

function load(name: string): ParsedPlan {
  const text = new TextDecoder().decode(fs.readFileSync(path.join(FIXTURES, name)));
  return buildPlan(inMemoryDocument(`file:///fixtures/${name}`, text));
}

/** The module (or cycle) each day sits in, by title prefix, in document order. */
function dayParents(node: PlanNode, parent = ''): [number | null, string][] {
  return node.children.flatMap((child) =>
    child.kind === 'day' ? [[child.number, parent] as [number | null, string]] : dayParents(child, child.kind === 'section' ? parent : child.title),
  );
}

function linkCounts(plan: ParsedPlan): number[] {
  const count = (node: PlanNode): number => node.links.length + node.children.reduce((n, c) => n + count(c), 0);
  return plan.days.map(count);
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const repeat = <T>(value: T, times: number): T[] => Array<T>(times).fill(value);

describe('fixture: days-031-060-lakehouse-for-ai.md', () => {
  const plan = load('days-031-060-lakehouse-for-ai.md');

  it('is one cycle holding days 31 to 60 in order', () => {
    assert.strictEqual(plan.isPlan, true);
    assert.deepStrictEqual(plan.root.children.map((c) => [c.kind, c.title]), [['cycle', 'Days 31-60: Lakehouse Architecture for AI/ML at Scale']]);
    assert.deepStrictEqual(plan.days.map((d) => d.number), range(31, 60));
  });

  it('puts each day in its module, and days 59-60 in the consolidation module', () => {
    const expected = [
      ...range(31, 37).map((n) => [n, 'Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)']),
      ...range(38, 44).map((n) => [n, 'Module 2: Feature Stores and Model Registries (Days 38-44)']),
      ...range(45, 51).map((n) => [n, 'Module 3: AI-Optimized Query and Storage Patterns (Days 45-51)']),
      ...range(52, 58).map((n) => [n, 'Module 4: Production AI Data Operations (Days 52-58)']),
      [59, 'Days 59-60: Consolidation and Transition'],
      [60, 'Days 59-60: Consolidation and Transition'],
    ];
    assert.deepStrictEqual(dayParents(plan.root), expected);
    assert.deepStrictEqual(plan.root.children[0].children.map((c) => c.kind), ['section', 'module', 'module', 'module', 'module', 'module', 'section']);
  });

  it('has three links: on days 31, 32 and 38', () => {
    const counts = linkCounts(plan);
    assert.deepStrictEqual(counts.map((n, i) => (n ? 31 + i : 0)).filter(Boolean), [31, 32, 38]);
    assert.deepStrictEqual(plan.days[0].links, [
      { text: 'Lakehouse vs Data Warehouse for ML', target: 'https://databricks.com/blog/2020/01/30/what-is-a-data-lakehouse.html', line: 15 },
    ]);
  });

  it('has 24 open checkboxes, all in the cycle assessment', () => {
    assert.deepStrictEqual([plan.root.progress.tasksTotal, plan.root.progress.tasksDone], [24, 0]);
    const assessment = plan.root.children[0].children[6];
    assert.strictEqual(assessment.title, '\u{1F4CA} Cycle Assessment');
    assert.deepStrictEqual(assessment.children.map((c) => c.progress.tasksTotal), [7, 6, 4, 4, 3]);
  });

  it('strips bold from titles and reads the day fields', () => {
    const day = plan.days[0];
    assert.deepStrictEqual([day.title, day.line, day.level, day.done], ['Day 31 - Lakehouse vs Data Warehouse for AI', 12, 3, false]);
    assert.deepStrictEqual(day.fields.map((f) => f.name), ['Learning Objective', 'Task', 'Resource', 'Python Skill', 'AI Focus', 'Checkpoint']);
    assert.strictEqual(day.fields[1].detail, '30 min');
    assert.strictEqual(plan.days[28].title, 'Day 59 - Lakehouse Architecture Mastery Assessment');
  });
});

describe('fixture: days-121-150-delta-iceberg.md', () => {
  const plan = load('days-121-150-delta-iceberg.md');

  it('holds days 121 to 150 in modules 17 to 20 and a final range module', () => {
    assert.deepStrictEqual(plan.days.map((d) => d.number), range(121, 150));
    const modules = plan.root.children[0].children.filter((c) => c.kind === 'module');
    assert.deepStrictEqual(modules.map((m) => [m.title.slice(0, 9), m.progress.daysTotal]), [
      ['Module 17', 7], ['Module 18', 7], ['Module 19', 7], ['Module 20', 7], ['Days 149-', 2],
    ]);
    assert.deepStrictEqual(dayParents(plan.root).filter(([n]) => n === 127 || n === 128 || n === 150).map(([, m]) => m.slice(0, 9)), [
      'Module 17', 'Module 18', 'Days 149-',
    ]);
  });

  it('has two links on most days and none on integration, capstone and assessment days', () => {
    const expected = range(121, 150).map((n) => ([127, 134, 141, 148, 149].includes(n) ? 0 : 2));
    assert.deepStrictEqual(linkCounts(plan), expected);
  });

  it('has 23 open checkboxes', () => {
    assert.deepStrictEqual([plan.root.progress.tasksTotal, plan.root.progress.tasksDone], [23, 0]);
  });
});

describe('fixture: month-3-batch-etl.md', () => {
  const plan = load('month-3-batch-etl.md');

  it('is a month cycle with four weeks of seven days', () => {
    const month = plan.root.children[0];
    assert.strictEqual(month.kind, 'cycle');
    assert.ok(month.title.startsWith('Month 3: Advanced Batch ETL'));
    assert.deepStrictEqual(month.children.map((w) => [w.kind, w.title.slice(0, 6), w.children.length]), [
      ['module', 'Week 1', 7], ['module', 'Week 2', 7], ['module', 'Week 3', 7], ['module', 'Week 4', 7],
    ]);
    assert.deepStrictEqual(plan.days.map((d) => d.number), range(1, 28));
    assert.strictEqual(plan.days[27].title, 'Day 28: Project Completion & Month Synthesis');
  });

  it('finds the resource links nested under each day', () => {
    const perWeek = [...repeat(2, 6), 1];
    assert.deepStrictEqual(linkCounts(plan), [...perWeek, ...perWeek, ...perWeek, ...repeat(2, 5), 1, 0]);
    assert.deepStrictEqual(plan.days[0].links.map((l) => l.line), [7, 8]);
  });

  it('has no checkboxes, and is a plan by its days', () => {
    assert.strictEqual(plan.root.progress.tasksTotal, 0);
    assert.strictEqual(plan.isPlan, true);
  });
});

describe('fixture: learning-journey-tracker.md (a tracker without days)', () => {
  const plan = load('learning-journey-tracker.md');

  it('is a plan by its checkboxes: 130 in all, 34 checked', () => {
    assert.strictEqual(plan.isPlan, true);
    assert.strictEqual(plan.days.length, 0);
    assert.deepStrictEqual([plan.root.progress.tasksTotal, plan.root.progress.tasksDone], [130, 34]);
  });

  it('shows its tracks and topics as sections with checkbox progress', () => {
    const journey = plan.root.children[0];
    assert.strictEqual(journey.title, 'My Learning Journey');
    const lakehouse = journey.children[1];
    assert.strictEqual(lakehouse.title, '\u{1F4DA} Data Lakehouse Track');
    assert.deepStrictEqual(lakehouse.children.map((c) => [c.title, c.progress.tasksDone, c.progress.tasksTotal]), [
      ['Apache Iceberg', 10, 15], ['AWS Glue Catalog', 10, 10], ['Polaris Catalog', 4, 9], ['Snowflake', 8, 12],
    ]);
    assert.strictEqual(lakehouse.children[1].done, true);
  });

  it('keeps the code-fenced key learnings out of the structure', () => {
    const iceberg = plan.root.children[0].children[1].children[0];
    assert.deepStrictEqual(iceberg.children.map((c) => c.title), ['Concepts Learned', 'Practical Skills', 'Key Learnings']);
    assert.strictEqual(iceberg.children[2].tasks.length, 0);
  });
});
