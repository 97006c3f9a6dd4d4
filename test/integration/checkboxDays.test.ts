import * as vscode from 'vscode';
import type { TreeElement } from '../../src/extension/tree/treeElements';
import type { LearningPlansTestApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, children, planRow, removePlanFile, titleOf, waitFor, workspaceUri } from './helpers';

/** A learner's week kept as a checklist, one box a day, the day's tasks nested in it (test/formats/checkbox-days.md). */
const CHECKLIST = [
  '# SQL in four weeks', '',
  '## Week 1', '',
  '- [x] Day 1: SELECT and WHERE \u2705 2026-11-19',
  '- [ ] Day 2: JOINs',
  '  - [ ] Read [the JOIN chapter](https://example.com/sql/joins)',
  '  - [ ] 10 exercises',
  '- [ ] Day 3: GROUP BY', '',
].join('\n');

interface EditResult {
  applied: boolean;
  message: string;
}

describe('A week written as a checklist of days (- [ ] Day 2: JOINs)', () => {
  let lp: LearningPlansTestApi;
  const uri = (): vscode.Uri => workspaceUri('sql-checklist.md');
  const item = (element: TreeElement): vscode.TreeItem => lp.tree.getTreeItem(element) as vscode.TreeItem;
  const days = (): TreeElement[] => children(lp, children(lp, planRow(lp, 'sql-checklist')!)[0]);
  const text = async (): Promise<string> => (await vscode.workspace.openTextDocument(uri())).getText();

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 10, 21, 12);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(CHECKLIST));
    await waitFor('the checklist in the tree', () => lp.index.get(uri()) && planRow(lp, 'sql-checklist'));
  });

  after(async () => {
    lp.clock = () => new Date();
    await removePlanFile(lp, uri());
  });

  it('shows its days in the tree, each with what is nested in it (not its own box again), the first open one as today', () => {
    assert.deepStrictEqual(days().map(titleOf), ['Day 1: SELECT and WHERE', 'Day 2: JOINs', 'Day 3: GROUP BY']);
    assert.deepStrictEqual(children(lp, days()[1]).map(titleOf), ['Read the JOIN chapter', 'the JOIN chapter', '10 exercises']);
    assert.deepStrictEqual(days().map((d) => item(d).contextValue), ['day-done', 'day+links', 'day']);
    assert.match(String(item(days()[1]).description), /^today · 0\/2/);
    assert.strictEqual(item(days()[2]).collapsibleState, vscode.TreeItemCollapsibleState.None, 'a day with nothing nested has nothing to expand');
  });

  it('Mark Day Complete checks the day\'s box and its tasks, with the date; the CodeLens then offers Mark incomplete; one undo restores', async () => {
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', days()[1]);
    assert.ok(result?.applied, result?.message);
    const done = CHECKLIST.replace('- [ ] Day 2: JOINs', '- [x] Day 2: JOINs \u2705 2026-11-21')
      .replace('joins)', 'joins) \u2705 2026-11-21').replace('10 exercises', '10 exercises \u2705 2026-11-21').replace('  - [ ] Read', '  - [x] Read').replace('  - [ ] 10', '  - [x] 10');
    assert.strictEqual(await text(), done);
    await waitFor('the tree to show Day 2 done', () => item(days()[1]).contextValue === 'day-done+links');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri());
    assert.strictEqual(lenses.find((l) => l.range.start.line === 5)?.command?.title, '$(circle-slash) Mark incomplete');
    assert.strictEqual(lenses.find((l) => l.range.start.line === 8)?.command?.title, '$(check) Mark complete');
    await vscode.window.showTextDocument(uri());
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(await text(), CHECKLIST, 'one undo restores the text exactly');
    // The edit was saved, so its undo is saved too (not awaited by the undo): the file is the database. Waited
    // for here, or the after hook's write would race it (CI saw the save land after it: the plan stayed).
    await waitFor('the undo saved to disk', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri())) === CHECKLIST);
    await waitFor('a clean document', async () => !(await vscode.workspace.openTextDocument(uri())).isDirty);
  });
});

/** A week's days as list items with no box (test/formats/list-days.md): a trial's plan of this shape had no day to mark. */
const LIST = ['# Python study plan', '', '## Week 1', '- Day 1: Variables \u2705 2026-11-19', '- Day 2: Loops', '  - [ ] 10 exercises', '- Day 3: Functions', ''].join('\n');

describe('A week written as a list of days with no box (- Day 2: Loops)', () => {
  let lp: LearningPlansTestApi;
  const uri = (): vscode.Uri => workspaceUri('python-list.md');
  const item = (element: TreeElement): vscode.TreeItem => lp.tree.getTreeItem(element) as vscode.TreeItem;
  const days = (): TreeElement[] => children(lp, children(lp, planRow(lp, 'python-list')!)[0]);
  const text = async (): Promise<string> => (await vscode.workspace.openTextDocument(uri())).getText();

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 10, 21, 12);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(LIST));
    await waitFor('the list in the tree', () => lp.index.get(uri()) && planRow(lp, 'python-list'));
  });

  after(async () => {
    lp.clock = () => new Date();
    await removePlanFile(lp, uri());
  });

  it('shows its days; Mark Day Complete stamps the day\'s line and checks its tasks; one undo restores', async () => {
    assert.deepStrictEqual(days().map(titleOf), ['Day 1: Variables', 'Day 2: Loops', 'Day 3: Functions']);
    assert.deepStrictEqual(days().map((d) => item(d).contextValue), ['day-done', 'day', 'day']);
    assert.match(String(item(days()[1]).description), /^today/);
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', days()[1]);
    assert.ok(result?.applied, result?.message);
    assert.strictEqual(await text(), LIST.replace('- Day 2: Loops', '- Day 2: Loops \u2705 2026-11-21').replace('  - [ ] 10 exercises', '  - [x] 10 exercises \u2705 2026-11-21'));
    await waitFor('the tree to show Day 2 done', () => item(days()[1]).contextValue === 'day-done');
    await vscode.window.showTextDocument(uri());
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(await text(), LIST, 'one undo restores the text exactly');
    await waitFor('the undo saved to disk', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri())) === LIST);
    await waitFor('a clean document', async () => !(await vscode.workspace.openTextDocument(uri())).isDirty);
  });
});
