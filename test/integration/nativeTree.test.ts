import * as vscode from 'vscode';
import type { LearningPlansTestApi } from '../../src/extension/testApi';
import type { TreeElement } from '../../src/extension/tree/treeElements';
import * as assert from './assert';
import { api, children, find, titleOf, waitFor, workspaceUri } from './helpers';

const PLAN = 'days-031-060-lakehouse-for-ai.md';
const MODULE_1 = 'Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)';

interface EditResult {
  applied: boolean;
  message: string;
}

function activeTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.activeTabGroup.activeTab;
}

describe('Feels like part of VS Code', () => {
  let lp: LearningPlansTestApi;
  let original: Uint8Array;
  const day = (title: string): TreeElement => find(lp, ['days-031-060-lakehouse-for-ai', MODULE_1, title]);

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 10, 21, 12);
    original = await vscode.workspace.fs.readFile(workspaceUri(PLAN));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    lp.clock = () => new Date();
    await lp.filters.setHideCompleted(false);
    await lp.filters.setOnlyTodaysPlan(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(workspaceUri(PLAN), original);
    // Read back whole (Day 31 there), not the empty file a rewrite shows for a moment.
    await waitFor('the plan restored', () => lp.index.get(workspaceUri(PLAN))?.days.some((d) => d.number === 31) && lp.index.get(workspaceUri(PLAN))!.root.progress.daysDone === 0);
  });

  it('a click on a day reveals its heading in a preview, keeping the focus; a second click soon after opens it for editing', async () => {
    const element = day('Day 33 - Apache Iceberg for AI Data Management');
    const command = (lp.tree.getTreeItem(element) as vscode.TreeItem).command!;
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(command.command, ...(command.arguments ?? []));
    assert.strictEqual(editor.selection.active.line, 29);
    assert.strictEqual(activeTab()?.isPreview, true, 'a single click previews');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.strictEqual(activeTab()?.isPreview, false, 'a double click keeps the editor open');
  });

  it('Enter on the selected row opens it with the focus in the editor; on a module it does nothing of the kind', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('learningPlans.tree.focus');
    const element = day('Day 34 - Unity Catalog for AI Governance');
    // Selected as a learner's click would; asked again while the view is still settling (a rescan may redraw it).
    await waitFor('the selection', async () => {
      if (lp.treeView.selection[0]?.id !== element.id) await lp.treeView.reveal(element, { select: true, focus: true });
      return lp.treeView.selection[0]?.id === element.id;
    });
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('learningPlans.openTreeSelection');
    assert.strictEqual(editor?.selection.active.line, 38);
    assert.strictEqual(activeTab()?.isPreview, false);
    const keybindings = vscode.extensions.getExtension('learning-plans.learning-plans')!.packageJSON.contributes.keybindings;
    assert.match(keybindings[0].when, /learningPlans\.treeSelectionOpens/, 'Enter on a plan or module keeps expanding it');
  });

  it('the tree follows the editor: the day under the cursor is revealed and selected, unless turned off', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('learningPlans.tree.focus');
    const editor = await vscode.window.showTextDocument(workspaceUri(PLAN));
    editor.selection = new vscode.Selection(50, 0, 50, 0); // inside Day 35
    await waitFor('Day 35 selected in the tree', () => lp.treeView.selection[0] && titleOf(lp.treeView.selection[0]) === 'Day 35 - Lakehouse Storage Optimization for AI');
    await vscode.workspace.getConfiguration('learningPlans').update('tree.followCursor', false, vscode.ConfigurationTarget.Global);
    try {
      const reveals = lp.followCursor.revealCount;
      assert.strictEqual(await lp.followCursor.follow(editor), false);
      editor.selection = new vscode.Selection(58, 0, 58, 0);
      assert.strictEqual(await lp.followCursor.follow(editor), false, 'turned off');
      assert.strictEqual(lp.followCursor.revealCount, reveals);
    } finally {
      await vscode.workspace.getConfiguration('learningPlans').update('tree.followCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the tree shows today: when the current day moves, it is revealed once, its plan expanded, nothing selected', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('learningPlans.tree.focus');
    await waitFor('the view', () => lp.treeView.visible);
    const before = lp.today.refresh();
    const plan = before.activePlan!;
    // Today as it is now, revealed (by the view being shown, or here) before the count starts.
    await lp.revealToday.reveal();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nothing of the step before still on its way: a follow of the cursor that settled after the collapse below
    // opened the plan again before the count started, and the reveal then had nothing to expand (seen in CI, twice).
    await waitFor('no reveal on its way', () => !lp.followCursor.busy && !lp.revealToday.busy);
    // Everything collapsed, as a view drawn before today was known left it. The command returns before the
    // host hears of the collapse: wait for it, or the reveal below may find the plan still open (seen once in CI).
    const collapsed = new Set<string>();
    const collapses = lp.treeView.onDidCollapseElement((e) => collapsed.add(e.element.id));
    try {
      await vscode.commands.executeCommand('workbench.actions.treeView.learningPlans.tree.collapseAll');
      await waitFor('the plan collapsed', () => collapsed.has(plan.uri));
    } finally {
      collapses.dispose();
    }
    const expanded = new Set<string>();
    const listener = lp.treeView.onDidExpandElement((e) => expanded.add(e.element.id));
    const reveals = lp.revealToday.revealCount;
    try {
      const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete');
      assert.ok(result?.applied, result?.message);
      const next = await waitFor('today to move on', () => {
        const day = lp.today.refresh().currentDay;
        return day && day.title !== before.currentDay!.title && day;
      });
      await waitFor('today revealed', () => lp.revealToday.revealCount >= reveals + 1);
      const element = lp.tree.findNode(plan.uri, next.line)!;
      // The plan row, collapsed above, is opened by the reveal (its module may open by its own row's state).
      await waitFor('its plan expanded again', () => expanded.has(plan.uri));
      assert.strictEqual(lp.treeView.selection.some((e) => e.id === element.id), false, 'revealed, not selected');
      assert.strictEqual(await lp.revealToday.reveal(), false, 'once: the same day is not revealed again');
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('learningPlans.undoLastEdit');
    }
  });

  it('context keys follow the day under the cursor: open, done, none', async () => {
    const uri = workspaceUri(PLAN);
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(13, 0, 13, 0);
    assert.strictEqual(lp.cursorDay.update(), 'open');
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete');
    assert.ok(result?.applied, result?.message);
    assert.strictEqual(lp.cursorDay.update(), 'done');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.strictEqual(lp.cursorDay.update(), '', 'the goals section is no day');
    const palette = vscode.extensions.getExtension('learning-plans.learning-plans')!.packageJSON.contributes.menus.commandPalette as { command: string; when: string }[];
    assert.match(palette.find((e) => e.command === 'learningPlans.markDayComplete')!.when, /learningPlans\.cursorDay != done/);
    assert.match(palette.find((e) => e.command === 'learningPlans.markDayIncomplete')!.when, /learningPlans\.cursorDay != open && learningPlans\.cursorDay != entry/, 'a done or skipped day, or none (it asks which day to open again); never an open day or an entry');
  });

  it('acts only on plans in files: no CodeLens, cursor day or Toggle Task in an untitled, diff or git copy of a plan', async () => {
    const text = (await vscode.workspace.openTextDocument(workspaceUri(PLAN))).getText();
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(untitled);
    editor.selection = new vscode.Selection(13, 0, 13, 0);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', untitled.uri);
    assert.deepStrictEqual(lenses.filter((l) => /Mark|resource|timer/i.test(l.command?.title ?? '')), [], 'no lens in an untitled copy');
    assert.strictEqual(lp.cursorDay.update(), '', 'no day under the cursor there');
    const manifest = vscode.extensions.getExtension('learning-plans.learning-plans')!.packageJSON.contributes.menus as Record<string, { command: string; when: string }[]>;
    // (VS Code's web workbench reads `file` in a scheme pattern as `vscode-remote`: its files are remote there.)
    const schemes = /resourceScheme =~ \/\^\((?:file|vscode-remote)\|vscode-vfs\|vscode-remote\)\$\//;
    for (const menu of ['commandPalette', 'editor/context']) {
      assert.match(manifest[menu].find((e) => e.command === 'learningPlans.toggleTask')!.when, schemes, menu);
    }
    assert.match(manifest.commandPalette.find((e) => e.command === 'learningPlans.repairTextEncoding')!.when, schemes);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Hide Completed hides done days, the view says how many; Show Only Today\'s Plan leaves one plan; both are kept per workspace', async () => {
    // Day 31 was marked complete by the test before.
    await vscode.commands.executeCommand('learningPlans.hideCompleted');
    assert.ok(lp.filters.hideCompleted);
    const module1 = find(lp, ['days-031-060-lakehouse-for-ai', MODULE_1]);
    assert.ok(!children(lp, module1).some((e) => titleOf(e) === 'Day 31 - Lakehouse vs Data Warehouse for AI'), 'the done day is hidden');
    assert.match(lp.treeView.message ?? '', /^Completed work is hidden: 1 day and \d+ tasks\.$/);
    await vscode.commands.executeCommand('learningPlans.showOnlyTodaysPlan');
    assert.deepStrictEqual(children(lp).map((p) => titleOf(p)), ['days-031-060-lakehouse-for-ai']);
    const others = lp.index.all().length - 1;
    assert.match(lp.treeView.message ?? '', new RegExp(`^Showing only today's plan \\(${others} other plans hidden\\)\\. Completed work is hidden: 1 day and \\d+ tasks\\.$`));
    // Kept per workspace: the filters a new window (a reload) builds from the workspace state are still on.
    const { TreeFilters } = await import('../../src/extension/tree/treeFilters');
    const reloaded = new TreeFilters(lp.workspaceState);
    assert.deepStrictEqual([reloaded.hideCompleted, reloaded.onlyTodaysPlan], [true, true]);
    reloaded.dispose();
    await vscode.commands.executeCommand('learningPlans.showCompleted');
    await vscode.commands.executeCommand('learningPlans.showAllPlans');
    assert.strictEqual(lp.treeView.message, undefined);
    assert.strictEqual(children(lp).length >= 4, true);
  });

  it('the resources picker is a plain pick: each link (Enter opens the highlighted one), then "Open all N" as an item', async () => {
    const { linkPickItems } = await import('../../src/extension/commands/resources');
    const links = [{ text: 'A', target: './a.md', line: 1 }, { text: 'B', target: 'https://b.example', line: 2 }];
    const items = linkPickItems(links);
    assert.deepStrictEqual(items.map((i) => [i.label, i.kind ?? 0, i.links.length]), [
      ['A', 0, 1],
      ['B', 0, 1],
      ['', vscode.QuickPickItemKind.Separator, 0],
      ['$(link-external) Open all 2 resources', 0, 2],
    ]);
    assert.ok(!items.some((i) => i.picked), 'no checkbox rows: a single-select pick');
  });

  it('the status bar item has an id and a name (users can hide it from the status bar\'s menu) and no custom colour', () => {
    assert.strictEqual(lp.statusBar.id, 'learningPlans.streak');
    assert.strictEqual(lp.statusBar.name, 'Learning Plans: Study Streak');
    assert.strictEqual(lp.statusBar.color, undefined);
    assert.strictEqual(lp.statusBar.backgroundColor, undefined);
  });
});
