import * as vscode from 'vscode';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, tooltip, waitFor, workspaceUri } from './helpers';

const PLAN = 'days-031-060-lakehouse-for-ai.md';

interface EditResult {
  applied: boolean;
  message: string;
}

describe('Today and the streak', () => {
  let lp: LearningPlansApi;
  let original: Uint8Array;
  const uri = (): vscode.Uri => workspaceUri(PLAN);

  before(async () => {
    lp = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    original = await vscode.workspace.fs.readFile(uri());
    // Start from the files as they are on disk now (earlier suites restored them).
    await lp.index.rescan();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(uri(), original);
    lp.clock = () => new Date();
    await lp.index.rescan();
    lp.today.refresh();
  });

  const on = (day: number): (() => Date) => () => new Date(2026, 10, day, 20, 0);

  it('shows the streak in the status bar after days marked complete on consecutive dates', async () => {
    lp.clock = on(21);
    lp.today.refresh();
    assert.strictEqual(lp.statusBar.text, '$(flame) 0');
    // No activity yet: the tooltip names Today's day and says why its plan was picked, and how to change it.
    const first = (lp.statusBar.tooltip as vscode.MarkdownString).value;
    assert.match(first, /Today: \*\*Day 31 \\- Lakehouse vs Data Warehouse for AI\*\*/);
    assert.match(first, /no activity yet, picked as the earliest unfinished part of your program \\\(it starts at day 31\\\); Set Active Plan to change/);
    for (const [day, date] of [[31, 18], [32, 19], [33, 20]] as const) {
      lp.clock = on(date);
      const title = lp.index.get(uri())!.days.find((d) => d.number === day)!.title;
      const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', { uri: uri().toString(), line: lp.index.get(uri())!.days.find((d) => d.number === day)!.line, title });
      assert.ok(result?.applied, result?.message);
    }
    lp.clock = on(21);
    lp.today.refresh();
    assert.strictEqual(lp.statusBar.text, '$(flame) 3', 'alive until midnight: 18, 19, 20 and nothing yet on the 21st');
    const tooltip = lp.statusBar.tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Study streak: 3 days/);
    assert.match(tooltip.value, /Nothing done yet today/);
    assert.match(tooltip.value, /Today: \*\*Day 34 \\- Unity Catalog for AI Governance\*\*/);

    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markTodayComplete');
    assert.ok(result?.applied, result?.message);
    await waitFor('the status bar to count today', () => lp.statusBar.text === '$(flame) 4');
    assert.match((await vscode.workspace.openTextDocument(uri())).lineAt(38).text, /Day 34 .*\u2705 2026-11-21$/);
  });

  it('goes to today: opens the current day\'s heading and highlights it in the tree', async () => {
    lp.clock = on(21);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('learningPlans.goToToday');
    assert.ok(editor, 'an editor was opened');
    assert.match(editor.document.uri.path, /days-031-060-lakehouse-for-ai\.md$/);
    assert.strictEqual(editor.selection.active.line, 46);
    assert.match(editor.document.lineAt(46).text, /Day 35 - Lakehouse Storage Optimization for AI/);
    const element = lp.tree.findNode(uri().toString(), 46)!;
    const item = lp.tree.getTreeItem(element) as vscode.TreeItem;
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'target');
    assert.match(String(item.description), /^today/);
  });

  it('a plan\'s row sets it active from its menu (Set Active Plan with the row: no question), and opens its file', async () => {
    const menus = vscode.extensions.getExtension('learning-plans.learning-plans')!.packageJSON.contributes.menus['view/item/context'] as { command: string; when: string }[];
    assert.ok(menus.some((e) => e.command === 'learningPlans.setActivePlan' && e.when === 'view == learningPlans.tree && viewItem == plan'));
    assert.ok(menus.some((e) => e.command === 'learningPlans.openNode' && /viewItem =~ \/\^plan\//.test(e.when)));
    const row = lp.tree.roots().find((plan) => plan.uri === uri().toString())!;
    const before = lp.today.chosenPlan;
    try {
      await vscode.commands.executeCommand('learningPlans.setActivePlan', row);
      assert.strictEqual(lp.today.chosenPlan, uri().toString());
      assert.strictEqual(lp.today.refresh().activePlan?.uri, uri().toString());
      await vscode.commands.executeCommand('learningPlans.openNode', row);
      assert.match(vscode.window.activeTextEditor!.document.uri.path, /days-031-060-lakehouse-for-ai\.md$/);
    } finally {
      await lp.today.choosePlan(before);
    }
  });

  it('opens the progress view with the streak and a heatmap', async () => {
    await vscode.commands.executeCommand('learningPlans.showProgress');
    const panel = await waitFor('the progress panel', () => lp.progressPage.panel);
    assert.strictEqual(panel.title, 'Learning Progress');
    assert.match(panel.webview.html, /<strong>4<\/strong>current streak/);
    assert.match(panel.webview.html, /<svg class="heatmap"/);
    await waitFor('a webview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'Learning Progress' && t.input instanceof vscode.TabInputWebview),
    );
  });

  it('the progress page is a map: its links open plans at their lines; it is not rendered while hidden', async () => {
    await vscode.commands.executeCommand('learningPlans.showProgress');
    const panel = await waitFor('the progress panel', () => lp.progressPage.panel);
    const html = panel.webview.html;
    const link = /href="command:learningPlans\.openLocation\?([^"]+)"/.exec(html);
    assert.ok(link, 'command links in the page');
    assert.match(html, /<a href="#done-2026-11-2\d" aria-label="2026-11-2\d: \d+ done"><rect/, 'active heatmap days link to their lists');
    assert.match(html, /<section id="done-2026-11-21" class="done-day">/);
    const args = JSON.parse(decodeURIComponent(link[1].replace(/&amp;/g, '&'))) as [string, number];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('learningPlans.openLocation', ...args);
    assert.strictEqual(editor?.document.uri.toString(), args[0]);
    assert.strictEqual(editor.selection.active.line, args[1]);
    assert.strictEqual(await vscode.commands.executeCommand('learningPlans.openLocation', 'file:///etc/passwd', 0), undefined, 'only plans of the index open');
    // The editor now covers the page: a change is drawn only when the page is shown again.
    await waitFor('the page hidden', () => !panel.visible);
    const renders = lp.progressPage.renderCount;
    lp.clock = on(22);
    lp.today.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.strictEqual(lp.progressPage.renderCount, renders, 'not rendered while hidden');
    panel.reveal();
    await waitFor('rendered once shown', () => lp.progressPage.renderCount === renders + 1);
    lp.clock = on(21);
  });

  it('the progress page is drawn again only when what it shows changed (a reload loses its scroll and may take the focus)', async () => {
    await vscode.commands.executeCommand('learningPlans.showProgress');
    const panel = await waitFor('the progress panel, shown', () => lp.progressPage.panel?.visible && lp.progressPage.panel);
    // What the page shows now (the test before moved the clock back without a refresh).
    lp.today.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const before = await vscode.workspace.fs.readFile(uri());
    const edit = async (bytes: Uint8Array): Promise<void> => {
      const changed = new Promise<void>((resolve) => {
        const listener = lp.index.onDidChange(() => {
          listener.dispose();
          resolve();
        });
      });
      await vscode.workspace.fs.writeFile(uri(), bytes);
      await changed;
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    const renders = lp.progressPage.renderCount;
    const html = panel.webview.html;
    try {
      // A note written under the last day: the index has a new plan, the page nothing new to show.
      await edit(new Uint8Array([...before, ...new TextEncoder().encode('\nA note on what I read today.\n')]));
      assert.strictEqual(lp.progressPage.renderCount, renders, 'not drawn again for a change it does not show');
      assert.strictEqual(panel.webview.html, html);
    } finally {
      await edit(before);
    }
    assert.strictEqual(lp.progressPage.renderCount, renders);
  });

  it('a visible progress page is drawn again for a change it shows, and a page closed and opened again is drawn afresh', async () => {
    await vscode.commands.executeCommand('learningPlans.showProgress');
    const panel = await waitFor('the progress panel, shown', () => lp.progressPage.panel?.visible && lp.progressPage.panel);
    const renders = lp.progressPage.renderCount;
    const html = panel.webview.html;
    lp.clock = on(23); // another day: the heatmap's today and the streak move
    lp.today.refresh();
    await waitFor('drawn once for the new day', () => lp.progressPage.renderCount === renders + 1);
    assert.notStrictEqual(panel.webview.html, html);
    lp.today.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.strictEqual(lp.progressPage.renderCount, renders + 1, 'the same day again: nothing new to draw');
    panel.dispose();
    await waitFor('the panel gone', () => !lp.progressPage.panel);
    await vscode.commands.executeCommand('learningPlans.showProgress');
    const reopened = await waitFor('the progress panel, opened again', () => lp.progressPage.panel?.visible && lp.progressPage.panel);
    assert.notStrictEqual(reopened, panel);
    await waitFor('the new page drawn', () => lp.progressPage.renderCount === renders + 2 && /current streak/.test(reopened.webview.html));
    lp.clock = on(21);
    lp.today.refresh();
  });

  it('dates days from a plan\'s front-matter start and says how far behind the learner is', async () => {
    const scheduled = workspaceUri('scheduled.md');
    await vscode.workspace.fs.writeFile(scheduled, new TextEncoder().encode('---\nstart: 2026-11-17\n---\n# Week 1\n### Day 1 \u2705 2026-11-17\n### Day 2\n### Day 3\n'));
    try {
      await waitFor('the scheduled plan', () => lp.index.get(scheduled));
      await lp.today.choosePlan(scheduled.toString());
      lp.clock = on(21);
      lp.today.refresh();
      const day2 = lp.tree.findNode(scheduled.toString(), 5)!;
      const item = lp.tree.getTreeItem(day2) as vscode.TreeItem;
      assert.strictEqual(item.description, 'today · 2026-11-18');
      // Behind counts the days of work overdue: Days 2 and 3 were planned before the 21st (the plan ended on the 19th).
      assert.match(tooltip(lp, day2), /Current day\*\* · 2 days behind schedule/);
      const day3 = lp.tree.getTreeItem(lp.tree.findNode(scheduled.toString(), 6)!) as vscode.TreeItem;
      assert.strictEqual(day3.description, '2026-11-19');
    } finally {
      await lp.today.choosePlan(undefined);
      await vscode.workspace.fs.delete(scheduled);
    }
  });
});

describe('Today in a notes vault', () => {
  // A trial's: before any stamp, a travel note with a ticked box (`### Day 1 - Arrival`) was Today over a plan whose
  // `start:` was that very day.
  it('a plan whose dates run through today is Today before a note with a ticked box, and the tooltip says why', async () => {
    const lp = await api();
    const trip = workspaceUri('trips', 'japan.md');
    const go = workspaceUri('go.md');
    const write = (file: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await write(trip, '# Japan trip\n## Days 1-5: Tokyo\n### Day 1 - Arrival\nLanded.\n### Day 2 - Asakusa\n- [x] Senso-ji\n- [ ] Skytree\n');
    await write(go, '---\nstart: 2026-11-21\n---\n# Days 1-3: Go\n### Day 1 - Toolchain\n- [ ] install\n### Day 2 - Types\n### Day 3 - Maps\n');
    try {
      await waitFor('both files indexed', () => lp.index.get(trip) && lp.index.get(go));
      lp.clock = () => new Date(2026, 10, 21, 20, 0);
      lp.today.refresh();
      const tip = (lp.statusBar.tooltip as vscode.MarkdownString).value;
      assert.match(tip, /Today: \*\*Day 1 \\- Toolchain\*\*/);
      assert.match(tip, /picked as the plan whose dates run through today/);
      // The day before its start, nothing says the plan is under way: the note begun is Today, as before.
      lp.clock = () => new Date(2026, 10, 20, 20, 0);
      lp.today.refresh();
      assert.match((lp.statusBar.tooltip as vscode.MarkdownString).value, /Today: \*\*Day 1 \\- Arrival\*\*/);
    } finally {
      lp.clock = () => new Date();
      await vscode.workspace.fs.delete(trip);
      await vscode.workspace.fs.delete(go);
      await waitFor('both files gone from the index', () => !lp.index.get(trip) && !lp.index.get(go));
      lp.today.refresh();
    }
  });
});
