import * as vscode from 'vscode';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, children, label, waitFor, workspaceUri } from './helpers';

describe('Onboarding', () => {
  let lp: LearningPlansApi;
  const created: vscode.Uri[] = [];

  before(async () => {
    lp = await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor('the sample plans to leave the index', () => created.every((uri) => !lp.index.get(uri)));
  });

  it('Create Sample Plan writes a plan into the workspace, opens it, and the tree shows it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('learningPlans.createSamplePlan');
    assert.ok(uri, 'the command returns the new file');
    created.push(uri);
    assert.strictEqual(uri.toString(), workspaceUri('learning-plan-sample.md').toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the sample is open in the editor');
    const plan = await waitFor('the sample in the index', () => lp.index.get(uri));
    assert.deepStrictEqual(plan.days.map((d) => d.number), [1, 2, 3, 4, 5, 6, 7]);
    const row = await waitFor('the sample in the tree', () => children(lp).find((p) => label(lp, p) === 'learning-plan-sample'));
    assert.strictEqual((lp.tree.getTreeItem(row) as vscode.TreeItem).description, '0/7 days');
  });

  it('never overwrites: a second sample gets the next free name', async () => {
    const first = workspaceUri('learning-plan-sample.md');
    const before = await vscode.workspace.fs.readFile(first);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('learningPlans.createSamplePlan');
    created.push(uri);
    assert.strictEqual(uri.toString(), workspaceUri('learning-plan-sample-2.md').toString());
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(first), before);
  });

  it('Get Started opens the walkthrough', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('learningPlans.getStarted');
    const tab = await waitFor('the walkthrough tab', () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active && /welcome|walkthrough|get started/i.test(active.label) ? active : undefined;
    });
    assert.ok(tab.label);
  });
});
