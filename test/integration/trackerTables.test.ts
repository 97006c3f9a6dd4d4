import * as vscode from 'vscode';
import type { TreeElement } from '../../src/extension/tree/treeElements';
import type { LearningPlansTestApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, children, planRow, removePlanFile, titleOf, waitFor, workspaceUri } from './helpers';

/** A plan's days as headings, and a tracker table of them at its end (a trial's Spanish plan: every row stayed ❌). */
const PLAN = [
  '# Plan de SQL', '',
  '### Día 1 - Fundamentos', '- [ ] Instalar PostgreSQL', '',
  '### Día 2 - Consultas', '- [ ] Ejercicios', '',
  '## Seguimiento', '',
  '| Día | Tema | Estado |', '|-----|------|--------|',
  '| 1 | Fundamentos | ❌ |', '| 2 | Consultas | ❌ |', '',
].join('\n');

interface EditResult {
  applied: boolean;
  message: string;
}

describe('A tracker table beside the day headings (| 2 | Consultas | ❌ |)', () => {
  let lp: LearningPlansTestApi;
  const uri = (): vscode.Uri => workspaceUri('sql-tracker.md');
  const item = (element: TreeElement): vscode.TreeItem => lp.tree.getTreeItem(element) as vscode.TreeItem;
  // The plan's row (its H1) holds its days, and the tracker's section.
  const days = (): TreeElement[] => children(lp, planRow(lp, 'sql-tracker')!).filter((e) => titleOf(e).startsWith('D\u00eda'));
  const text = async (): Promise<string> => (await vscode.workspace.openTextDocument(uri())).getText();

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 11, 2, 12);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(PLAN));
    await waitFor('the plan in the tree', () => lp.index.get(uri()) && planRow(lp, 'sql-tracker'));
  });

  after(async () => {
    lp.clock = () => new Date();
    await removePlanFile(lp, uri());
  });

  it('Mark Day Complete writes the day and its row; one undo restores both', async () => {
    assert.deepStrictEqual(days().map(titleOf), ['Día 1 - Fundamentos', 'Día 2 - Consultas']);
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', days()[1]);
    assert.ok(result?.applied, result?.message);
    const done = PLAN.replace('### Día 2 - Consultas', '### Día 2 - Consultas \u2705 2026-12-02').replace('- [ ] Ejercicios', '- [x] Ejercicios \u2705 2026-12-02')
      .replace('| 2 | Consultas | ❌ |', '| 2 | Consultas | \u2705 2026-12-02 |');
    assert.strictEqual(await text(), done);
    await waitFor('the tree to show Día 2 done', () => String(item(days()[1]).contextValue).startsWith('day-done'));
    await vscode.window.showTextDocument(uri());
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(await text(), PLAN, 'one undo restores the text exactly');
    await waitFor('the undo saved to disk', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri())) === PLAN);
    await waitFor('a clean document', async () => !(await vscode.workspace.openTextDocument(uri())).isDirty);
  });

  it('a row ticked by hand marks its day done in the tree; Mark Day Incomplete opens both again', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const row = editor.document.lineAt(12);
    assert.strictEqual(row.text, '| 1 | Fundamentos | ❌ |');
    await editor.edit((edit) => edit.replace(row.range, '| 1 | Fundamentos | \u2705 2026-12-01 |'));
    await waitFor('the tree to show Día 1 done by its row', () => String(item(days()[0]).contextValue).startsWith('day-done'));
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayIncomplete', days()[0]);
    assert.ok(result?.applied, result?.message);
    assert.strictEqual(await text(), PLAN);
    await waitFor('the tree to show Día 1 open', () => !String(item(days()[0]).contextValue).startsWith('day-done'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor('a clean document', async () => !(await vscode.workspace.openTextDocument(uri())).isDirty);
  });
});
