import * as vscode from 'vscode';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, find, logText, scriptedLearner, waitFor, workspaceUri, type Question } from './helpers';

const TODAY = '2026-11-21';
const STAMP = `\u2705 ${TODAY}`;
const PLAN = 'days-031-060-lakehouse-for-ai.md';
const TRACKER = 'learning-journey-tracker.md';

interface EditResult {
  applied: boolean;
  message: string;
}

/** Original bytes of every file a test touched, written back (and reverted in editors) after it. */
const touched = new Map<string, Uint8Array>();

async function remember(name: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  if (!touched.has(name)) touched.set(name, await vscode.workspace.fs.readFile(uri));
  return uri;
}

/** The four fixtures as they were before this suite: written back after each test, whatever it touched. */
const pristine = new Map<string, Uint8Array>();

async function restoreAll(): Promise<void> {
  for (const [name, bytes] of pristine) if (!touched.has(name)) touched.set(name, bytes);
  for (const [name, bytes] of touched) {
    const uri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(uri, bytes);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      await vscode.window.showTextDocument(open);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  touched.clear();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// The plan's single H1 (the cycle) names the plan: its modules sit right under the plan row.
const DAY_33 = ['days-031-060-lakehouse-for-ai', 'Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)', 'Day 33 - Apache Iceberg for AI Data Management'];

async function textOf(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Progress edits', () => {
  let lp: LearningPlansApi;

  before(async () => {
    lp = await api();
    for (const name of ['days-031-060-lakehouse-for-ai.md', 'days-121-150-delta-iceberg.md', 'learning-journey-tracker.md', 'month-3-batch-etl.md']) pristine.set(name, await vscode.workspace.fs.readFile(workspaceUri(name)));
    lp.clock = () => new Date(2026, 10, 21, 12, 0); // a fixed "today" for the stamps
  });
  afterEach(restoreAll);

  it('marks a day complete from its tree node: stamps the heading, saves, updates the tree, one undo restores', async () => {
    const uri = await remember(PLAN);
    const before = await textOf(uri);
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', find(lp, DAY_33));
    assert.ok(result?.applied, result?.message);
    const after = await textOf(uri);
    assert.strictEqual(after, before.replace('### **Day 33 - Apache Iceberg for AI Data Management**', `### **Day 33 - Apache Iceberg for AI Data Management** ${STAMP}`));
    assert.strictEqual(await diskText(uri), after, 'a clean file is saved after the edit');
    await waitFor('the tree to show Day 33 done', () => (lp.tree.getTreeItem(find(lp, DAY_33)) as vscode.TreeItem).contextValue === 'day-done');
    // The log records each edit: the file, the line and what was written.
    await waitFor('the edit in the Learning Plans log', async () => (await logText(lp)).includes(`edited ${PLAN}: Marked Day 33 complete`) && (await logText(lp)).includes(`line 30: " ${STAMP}"`));
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(await textOf(uri), before, 'one undo restores the text exactly');
    // Saved like the edit (not awaited by the undo): waited for, or restoring the fixture after this test races it.
    await waitFor('the undo saved to disk', async () => (await diskText(uri)) === before);
  });

  it('marks a day incomplete through the CodeLens arguments', async () => {
    const uri = await remember(PLAN);
    const original = await textOf(uri);
    await vscode.commands.executeCommand('learningPlans.markDayComplete', find(lp, DAY_33));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lens = lenses.find((l) => l.range.start.line === 29);
    assert.ok(lens?.command, 'a CodeLens above Day 33');
    assert.strictEqual(lens.command.title, '$(circle-slash) Mark incomplete');
    const result = await vscode.commands.executeCommand<EditResult>(lens.command.command, ...(lens.command.arguments ?? []));
    assert.ok(result?.applied, result?.message);
    assert.strictEqual(await textOf(uri), original);
    const open = lenses.find((l) => l.range.start.line === 20);
    assert.strictEqual(open?.command?.title, '$(check) Mark complete');
  });

  it('toggles a task from the tree, with a stamp, and back without one', async () => {
    const uri = await remember(TRACKER);
    const before = await textOf(uri);
    // The tracker's single H1 names the plan, so its sections sit right under the plan row.
    const path = ['learning-journey-tracker', '\u{1F4DA} Data Lakehouse Track', 'Apache Iceberg', 'Concepts Learned', 'Hidden partitioning'];
    const task = find(lp, path);
    const item = lp.tree.getTreeItem(task) as vscode.TreeItem;
    assert.strictEqual(item.checkboxState, vscode.TreeItemCheckboxState.Unchecked, 'a native checkbox');
    assert.strictEqual(item.command?.command, 'learningPlans.revealNode', 'a click on the row reveals its line; checking is done on the box');
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.toggleTask', task);
    assert.ok(result?.applied, result?.message);
    assert.strictEqual(await textOf(uri), before.replace('- [ ] Hidden partitioning', `- [x] Hidden partitioning ${STAMP}`));
    await waitFor('the task to show done', () => (lp.tree.getTreeItem(find(lp, path)) as vscode.TreeItem).contextValue === 'task-done');
    await vscode.commands.executeCommand('learningPlans.toggleTask', find(lp, path));
    assert.strictEqual(await textOf(uri), before);
  });

  it('checks a task with its native checkbox, and Ctrl+Z in the tree undoes it (the file has no editor)', async () => {
    const uri = await remember(TRACKER);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = await diskText(uri);
    const path = ['learning-journey-tracker', '\u{1F4DA} Data Lakehouse Track', 'Apache Iceberg', 'Concepts Learned', 'Hidden partitioning'];
    const [result] = await lp.checkboxes.changed([[find(lp, path), vscode.TreeItemCheckboxState.Checked]]);
    assert.ok(result?.applied, result?.message);
    await waitFor('the check on disk', async () => (await diskText(uri)) === before.replace('- [ ] Hidden partitioning', `- [x] Hidden partitioning ${STAMP}`));
    assert.strictEqual((lp.tree.getTreeItem(find(lp, path)) as vscode.TreeItem).checkboxState, vscode.TreeItemCheckboxState.Checked);
    const undone = await vscode.commands.executeCommand<EditResult>('learningPlans.undoLastEdit');
    assert.ok(undone?.applied, undone?.message);
    await waitFor('the undo on disk', async () => (await diskText(uri)) === before);
    assert.strictEqual((lp.tree.getTreeItem(find(lp, path)) as vscode.TreeItem).checkboxState, vscode.TreeItemCheckboxState.Unchecked);
    // Unchecking an already open box changes nothing and says so.
    const [again] = await lp.checkboxes.changed([[find(lp, path), vscode.TreeItemCheckboxState.Unchecked]]);
    assert.strictEqual(again.applied, false);
  });

  it('Ctrl+Z in the tree still undoes the last edit after VS Code closed the document and it was reopened', async () => {
    // A plan no extension has opened yet: the workbench opens it (vscode.open), so closing its editor closes
    // the document (VS Code also closes a document with no editor minutes after an edit). Reopened, it is
    // the same text model with the same version, and the undo still applies.
    const uri = workspaceUri('undo-after-reopen.md');
    const before = '# Undo After Reopen\n\n## Week 1\n\n### Day 1 - Start\n\n- [ ] First task\n- [ ] Second task\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
    try {
      const task = await waitFor('the new plan in the tree', () => {
        try {
          return find(lp, ['undo-after-reopen', 'Week 1', 'Day 1 - Start', 'First task']);
        } catch {
          return undefined;
        }
      });
      await vscode.commands.executeCommand('vscode.open', uri);
      await waitFor('the plan open', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
      // Two edits, so the document's version is past what a reopened document starts at.
      const [first] = await lp.checkboxes.changed([[task, vscode.TreeItemCheckboxState.Checked]]);
      assert.ok(first?.applied, first?.message);
      const second = find(lp, ['undo-after-reopen', 'Week 1', 'Day 1 - Start', 'Second task']);
      const [result] = await lp.checkboxes.changed([[second, vscode.TreeItemCheckboxState.Checked]]);
      assert.ok(result?.applied, result?.message);
      const firstChecked = before.replace('- [ ] First task', `- [x] First task ${STAMP}`);
      const checked = firstChecked.replace('- [ ] Second task', `- [x] Second task ${STAMP}`);
      await waitFor('the checks on disk', async () => (await diskText(uri)) === checked);
      let closed = false;
      const subscription = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === uri.toString()) closed = true;
      });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor('VS Code to close the document', () => closed, 60_000).finally(() => subscription.dispose());
      await vscode.commands.executeCommand('vscode.open', uri);
      await waitFor('the plan open again', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
      const undone = await vscode.commands.executeCommand<EditResult>('learningPlans.undoLastEdit');
      assert.ok(undone?.applied, undone?.message);
      await waitFor('the undo on disk', async () => (await diskText(uri)) === firstChecked);
      const again = await vscode.commands.executeCommand<EditResult>('learningPlans.undoLastEdit');
      assert.strictEqual(again?.applied, false);
      assert.match(again?.message ?? '', /no edit to undo/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('says which "Day 1" is which when days share a title: the pick names the week and the line, and edits that day only', async () => {
    const uri = workspaceUri('two-weeks-of-day-1.md');
    const before = '# Plan A\n\n## Week 1\n\n### Day 1 \u2705 2026-11-19\n\n## Week 2\n\n### Day 1 \u2705 2026-11-20\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
    const asked: Question[] = [];
    try {
      await waitFor('the plan with two Day 1s', () => lp.index.get(uri)?.days.length === 2);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // no day under a cursor: the palette asks
      lp.ask = scriptedLearner((q) => q.kind === 'pick' && q.items.find((i) => i.label === 'Day 1' && /Week 2 · line 9$/.test(i.description ?? '')), asked);
      const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayIncomplete');
      assert.ok(result?.applied, result?.message);
      const ours = asked[0].items.filter((i) => i.label === 'Day 1' && i.description?.startsWith('Plan A'));
      assert.deepStrictEqual(ours.map((i) => i.description), ['Plan A · Week 1 · line 5', 'Plan A · Week 2 · line 9']);
      await waitFor('only Week 2\'s Day 1 reopened', async () => (await diskText(uri)) === before.replace('### Day 1 \u2705 2026-11-20\n', '### Day 1\n'));
    } finally {
      lp.ask = undefined;
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('toggles every task in a multi-line editor selection, and refuses lines without tasks', async () => {
    const uri = await remember(TRACKER);
    const before = await textOf(uri);
    const editor = await vscode.window.showTextDocument(uri);
    const first = before.split(/\r?\n/).indexOf('- [ ] Hidden partitioning');
    editor.selection = new vscode.Selection(first, 3, first + 1, 5);
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.toggleTask');
    assert.ok(result?.applied, result?.message);
    const lines = (await textOf(uri)).split(/\r?\n/);
    assert.strictEqual(lines[first], `- [x] Hidden partitioning ${STAMP}`);
    assert.strictEqual(lines[first + 1], `- [x] Merge-on-read vs Copy-on-write ${STAMP}`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const refused = await vscode.commands.executeCommand<EditResult>('learningPlans.toggleTask');
    assert.strictEqual(refused?.applied, false);
  });

  it('toggles a task whose text wraps with the cursor on its second line (it refused: no task there), and back byte for byte', async () => {
    const uri = workspaceUri('wrapped-task.md');
    const original = '### Day 1 - Joins\r\n- [ ] read the chapter on\r\n  joins and write notes\r\n- [ ] b\r\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      await waitFor('the plan in the index', () => lp.index.get(uri) !== undefined);
      editor.selection = new vscode.Selection(2, 4, 2, 4);
      const result = await vscode.commands.executeCommand<EditResult>('learningPlans.toggleTask');
      assert.ok(result?.applied, result?.message);
      assert.strictEqual(editor.document.getText(), original.replace('- [ ] read', '- [x] read').replace('write notes', `write notes ${STAMP}`));
      const back = await vscode.commands.executeCommand<EditResult>('learningPlans.toggleTask');
      assert.ok(back?.applied, back?.message);
      assert.strictEqual(editor.document.getText(), original);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
      // Gone from the index before the next test: an open day of it must not become Today's plan elsewhere.
      await waitFor('the plan to leave the index', () => !lp.index.get(uri));
    }
  });

  it('acts on the day under the cursor from the palette, and on an unsaved document without saving it', async () => {
    const uri = await remember(PLAN);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '<!-- unsaved -->\n'));
    assert.ok(editor.document.isDirty);
    editor.selection = new vscode.Selection(24, 2, 24, 2); // inside Day 32 (shifted one line by the insert)
    await waitFor('the plan as the active editor, with the cursor in Day 32', () => vscode.window.activeTextEditor?.document === editor.document && vscode.window.activeTextEditor.selection.active.line === 24);
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete');
    assert.ok(result?.applied, result?.message);
    assert.strictEqual(editor.document.lineAt(21).text, `### **Day 32 - Delta Lake Deep Dive for AI** ${STAMP}`);
    assert.ok(editor.document.isDirty, 'a document that had unsaved changes is not saved');
  });

  it('edits a plan that is not open in any editor', async () => {
    const uri = workspaceUri('closed-plan.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Week 1\r\n### Day 1 - Closed\r\n- [ ] a\r\n'));
    try {
      const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', { uri: uri.toString(), line: 1, title: 'Day 1 - Closed' });
      assert.ok(result?.applied, result?.message);
      assert.strictEqual(await diskText(uri), `# Week 1\r\n### Day 1 - Closed ${STAMP}\r\n- [x] a ${STAMP}\r\n`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('refuses, changing nothing, when the day is no longer in the file', async () => {
    const uri = await remember(PLAN);
    const before = await textOf(uri);
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', { uri: uri.toString(), line: 12, title: 'Day 31 - A title that is not there' });
    assert.strictEqual(result?.applied, false);
    assert.match(result!.message, /no longer in/);
    assert.strictEqual(await textOf(uri), before);
  });
});

