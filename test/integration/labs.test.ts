import * as vscode from 'vscode';
import type { Link } from '../../src/core';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, waitFor, workspaceUri } from './helpers';

const PLAN = 'days-031-060-lakehouse-for-ai.md';
const LAB = ['labs', 'days-031-060-lakehouse-for-ai', 'day-031-lakehouse-vs-data-warehouse-for-ai'];

interface LabResult {
  folder: string;
  created: string[];
  existing: string[];
  linked: boolean;
}

describe('Resources and labs', () => {
  let lp: LearningPlansApi;
  let original: Uint8Array;
  const plan = (): vscode.Uri => workspaceUri(PLAN);
  const day31 = (): { uri: string; line: number; title: string } => ({ uri: plan().toString(), line: 12, title: 'Day 31 - Lakehouse vs Data Warehouse for AI' });

  before(async () => {
    lp = await api();
    original = await vscode.workspace.fs.readFile(plan());
  });

  after(async () => {
    lp.pickLinks = (await import('../../src/extension/commands/resources')).pickLinks;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(plan(), original);
    await vscode.workspace.fs.delete(workspaceUri('labs'), { recursive: true }).then(undefined, () => undefined);
  });

  it('offers a day\'s links to pick from and opens the picked ones', async () => {
    let offered: readonly Link[] = [];
    lp.pickLinks = async (links) => {
      offered = links;
      return [];
    };
    const month = workspaceUri('month-3-batch-etl.md');
    const opened = await vscode.commands.executeCommand<unknown[]>('learningPlans.openDayResources', { uri: month.toString(), line: 4, title: 'Day 1' });
    assert.deepStrictEqual(offered.map((l) => l.text), ['Streaming Data Fundamentals (Blog, 8 min)', 'Real-time vs Batch Processing (YouTube, 10 min)']);
    assert.deepStrictEqual(opened, []);
  });

  it('opens a workspace file link and refuses a command: link', async () => {
    const file = workspaceUri('links-plan.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('### Day 1\n- [Other plan](./month-3-batch-etl.md)\n- [Quit](command:workbench.action.quit)\n'));
    try {
      lp.pickLinks = async (links) => links;
      const opened = await vscode.commands.executeCommand<{ target: string; opened: boolean }[]>('learningPlans.openDayResources', { uri: file.toString(), line: 0, title: 'Day 1' });
      assert.deepStrictEqual(opened, [
        { target: './month-3-batch-etl.md', opened: true },
        { target: 'command:workbench.action.quit', opened: false },
      ]);
      await waitFor('the linked plan in an editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('month-3-batch-etl.md'));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('scaffolds a lab: notebook and notes, opens the notebook, links it once from the plan', async () => {
    lp.clock = () => new Date(2026, 10, 21, 9);
    const result = await vscode.commands.executeCommand<LabResult>('learningPlans.scaffoldLab', day31());
    assert.ok(result, 'a lab result');
    const folder = workspaceUri(...LAB);
    assert.strictEqual(result.folder, folder.toString());
    assert.deepStrictEqual(result.created, [vscode.Uri.joinPath(folder, 'day-031.ipynb').toString(), vscode.Uri.joinPath(folder, 'notes.md').toString()]);
    assert.ok(result.linked);
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder, 'day-031.ipynb'));
    assert.strictEqual(notebook.cellCount, 3);
    assert.strictEqual(notebook.cellAt(1).kind, vscode.NotebookCellKind.Code);
    assert.match(notebook.cellAt(0).document.getText(), /^# Day 31 - Lakehouse vs Data Warehouse for AI/);
    const notes = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'notes.md')));
    assert.match(notes, /## Reflection/);
    const text = (await vscode.workspace.openTextDocument(plan())).getText();
    assert.strictEqual(text.split('\n')[13], '- **Lab:** [day-031](labs/days-031-060-lakehouse-for-ai/day-031-lakehouse-vs-data-warehouse-for-ai/day-031.ipynb)');
  });

  it('a scaffolded lab never becomes a plan: the plan list and today stay as they were', async () => {
    const plans = lp.index.all().map((p) => p.uri);
    const today = lp.today.summary;
    const notes = vscode.Uri.joinPath(workspaceUri(...LAB), 'notes.md');
    await vscode.workspace.fs.stat(notes); // the lab from the test before is there
    await lp.index.rescan();
    assert.deepStrictEqual(lp.index.all().map((p) => p.uri), plans, 'no labs/.../notes.md among the plans');
    assert.strictEqual(lp.index.get(notes), undefined);
    assert.strictEqual(lp.today.summary.activePlan?.uri, today.activePlan?.uri);
    assert.strictEqual(lp.today.summary.currentDay?.line, today.currentDay?.line);
    const notebook = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceUri(...LAB), 'day-031.ipynb'))));
    assert.strictEqual(notebook.metadata.kernelspec.name, 'python3', 'VS Code can suggest the kernel');
    assert.strictEqual(notebook.metadata.language_info.name, 'python');
    const taskCell = notebook.cells.map((c: { source: string[] }) => c.source.join('')).find((text: string) => text.includes('Study limitations'));
    assert.ok(taskCell && !taskCell.includes('- [ ]'), 'Jupyter does not draw `- [ ]`: the tasks are readable boxes');
  });

  it('leaves the labs folder out of the index even where a file there reads as a plan; learningPlans.labs.indexLabs takes it in', async () => {
    // The notes scaffolding writes are no plan by our rules; a learner's own file in the labs folder may be one.
    const mine = workspaceUri('labs', 'my-own-plan.md');
    await vscode.workspace.fs.writeFile(mine, new TextEncoder().encode('# Side quest\n### Day 1 - Setup\n- [ ] install\n### Day 2 - Go\n'));
    // The product's own folder never is: a notes template with a checkbox is no plan.
    const template = workspaceUri('.learning-plans', 'templates', 'notes.md');
    await vscode.workspace.fs.writeFile(template, new TextEncoder().encode('### Day {{day}} notes\n- [ ] review\n'));
    const config = vscode.workspace.getConfiguration('learningPlans');
    try {
      await lp.index.rescan();
      assert.strictEqual(lp.index.get(mine), undefined, 'the labs folder is not indexed');
      assert.strictEqual(lp.index.get(template), undefined, '.learning-plans is not indexed');
      await config.update('labs.indexLabs', true, vscode.ConfigurationTarget.Workspace);
      await waitFor('the labs folder indexed once the setting is on', () => lp.index.get(mine));
      await config.update('labs.indexLabs', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('out again when it is off', () => !lp.index.get(mine));
    } finally {
      await config.update('labs.indexLabs', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(mine);
      await vscode.workspace.fs.delete(template);
    }
  });

  it('never overwrites on a second run, and the plan keeps one link', async () => {
    const notesUri = vscode.Uri.joinPath(workspaceUri(...LAB), 'notes.md');
    await vscode.workspace.fs.writeFile(notesUri, new TextEncoder().encode('my own notes\n'));
    const again = await vscode.commands.executeCommand<LabResult>('learningPlans.scaffoldLab', day31());
    assert.deepStrictEqual(again?.created, []);
    assert.strictEqual(again?.existing.length, 2);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(notesUri)), 'my own notes\n');
    const text = (await vscode.workspace.openTextDocument(plan())).getText();
    assert.strictEqual(text.split('**Lab:**').length - 1, 1, 'one lab link in the plan');
  });
});
