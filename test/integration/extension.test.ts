import * as assert from './assert';
import { note } from './runner';
import * as vscode from 'vscode';
import type { PlanIndex } from '../../src/extension/index/planIndex';
import { readIndexSettings } from '../../src/extension/settings';
import { decodeSnapshot } from '../../src/core';
import { api, children, EXTENSION_ID, find, label, planRow, titleOf, tooltip, waitFor, workspaceUri } from './helpers';

describe('Extension', () => {
  it('activates by itself when the workspace holds a plan', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is loaded');
    await waitFor('activation', () => extension.isActive, 20_000);
  });

  it('runs in the extension host the launcher asked for', async function () {
    const marker = workspaceUri('.learning-plans-test-host');
    let expected: string;
    try {
      expected = new TextDecoder().decode(await vscode.workspace.fs.readFile(marker)).trim();
    } catch {
      this.skip(); // launched without a marker (the desktop route)
    }
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const kind = extension.extensionKind === vscode.ExtensionKind.UI ? 'web' : 'node';
    assert.strictEqual(kind, expected);
  });

  it('activates quickly, leaving the workspace scan to the background', async function () {
    const lp = await api();
    const ms = lp.activationMs;
    console.log(`activate() took ${ms.toFixed(1)} ms`);
    this.test!.title = `activates quickly (${ms.toFixed(1)} ms, target < 50 ms), leaving the workspace scan to the background`;
    // Time depends on the machine (README: Test): the 50 ms target is printed; only a gross bound fails the run
    // (activation that waited for the workspace scan or read files would take far longer).
    note(`${ms < 50 ? 'PASS' : 'FAIL'}  activate() < 50 ms: ${ms.toFixed(1)} ms`);
    assert.ok(ms < 500, `activate() took ${ms.toFixed(1)} ms`);
  });

  it('reads the files VS Code\'s file search finds with its settings; the Node host lists them with fs, no link followed', async function () {
    this.timeout(60_000);
    const builtin = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
    const nodeFs = builtin?.getBuiltinModule?.('fs') as typeof import('fs') | undefined;
    if (!nodeFs) this.skip(); // the web-worker host lists them by findFiles itself
    const lp = await api();
    await lp.index.ready;
    // A fresh index, as the scale test makes one: its scan lists the workspace again; its snapshot names every file read.
    const Index = lp.index.constructor as typeof PlanIndex;
    let stored = '';
    const fresh = new Index(undefined, { read: async () => undefined, write: async (text: string) => void (stored = text) }, 'listing');
    try {
      await fresh.rescan();
    } finally {
      fresh.dispose();
    }
    const read = [...decodeSnapshot(stored, 'listing').keys()].sort();
    // What findFiles finds that the index reads: regular files whose real path is their own (no link on the way).
    const found: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readIndexSettings(folder);
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, settings.include), settings.excludeGlob)) {
        const stat = nodeFs!.lstatSync(uri.fsPath, { throwIfNoEntry: false });
        if (stat?.isFile() && nodeFs!.realpathSync(uri.fsPath) === nodeFs!.realpathSync(folder.uri.fsPath) + uri.fsPath.slice(folder.uri.fsPath.length)) found.push(uri.toString());
      }
    }
    assert.ok(found.length >= 4, found.join(', '));
    assert.deepStrictEqual(read, found.sort());
    assert.strictEqual(fresh.lastScan!.plans, lp.index.lastScan!.plans);
  });

  it('registers every command declared in package.json', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const declared: string[] = extension.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(declared.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(declared.filter((id) => !registered.has(id)), []);
  });
});

describe('Tree', () => {
  it('lists the fixture plans, and only plans, at the top level, titled by their H1 with the file name beside', async () => {
    const lp = await api();
    const plans = children(lp);
    assert.deepStrictEqual(plans.map((p) => titleOf(p)), ['days-031-060-lakehouse-for-ai', 'days-121-150-delta-iceberg', 'learning-journey-tracker', 'month-3-batch-etl']);
    const item = lp.tree.getTreeItem(plans[0]) as vscode.TreeItem;
    assert.strictEqual(item.label, '0/30 Days 31-60: Lakehouse Architecture for AI/ML at Scale', 'progress first, where a narrow sidebar never cuts it');
    assert.strictEqual(item.description, 'days-031-060-lakehouse-for-ai.md');
    assert.strictEqual(item.accessibilityInformation?.label, 'Days 31-60: Lakehouse Architecture for AI/ML at Scale, 0 of 30 days done');
  });

  it('expands only the active plan on first show, down to the module holding today', async () => {
    const lp = await api();
    const states = children(lp).map((p) => (lp.tree.getTreeItem(p) as vscode.TreeItem).collapsibleState);
    const active = lp.today.summary.activePlan?.uri;
    assert.deepStrictEqual(states, children(lp).map((p) => (p.uri === active ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed)));
    assert.ok(active?.endsWith('days-031-060-lakehouse-for-ai.md'), 'today is Day 31 of Days 31-60 (no activity: the earliest part of the program)');
    const modules = children(lp, children(lp)[0]);
    const expanded = modules.filter((m) => (lp.tree.getTreeItem(m) as vscode.TreeItem).collapsibleState === vscode.TreeItemCollapsibleState.Expanded);
    assert.deepStrictEqual(expanded.map((m) => titleOf(m)), ['Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)']);
  });

  it('shows modules and days under a plan (its H1 is the plan row), with short labels and progress', async () => {
    const lp = await api();
    const [plan] = children(lp);
    const modules = children(lp, plan);
    assert.deepStrictEqual(modules.map((m) => label(lp, m)), [
      '\u{1F3AF} Beachhead Cycle Goals',
      '0/7 Module 1: Lakehouse Fundamentals for AI/ML',
      '0/7 Module 2: Feature Stores and Model Registries',
      '0/7 Module 3: AI-Optimized Query and Storage Patterns',
      '0/7 Module 4: Production AI Data Operations',
      '0/2 Days 59-60: Consolidation and Transition',
      '\u{1F4CA} Cycle Assessment',
    ]);
    const module1 = modules[1];
    const days = children(lp, module1);
    assert.deepStrictEqual(days.map((d) => label(lp, d)).slice(0, 2), ['31 \u00b7 Lakehouse vs Data Warehouse for AI', '32 \u00b7 Delta Lake Deep Dive for AI']);
    const day31Item = lp.tree.getTreeItem(days[0]) as vscode.TreeItem;
    assert.strictEqual(day31Item.contextValue, 'day+links', 'a day with links: the inline "open resources" action applies');
    assert.strictEqual(day31Item.command?.command, 'learningPlans.revealNode', 'a click reveals the heading');
    assert.strictEqual((lp.tree.getTreeItem(module1) as vscode.TreeItem).command, undefined, 'a click on a module expands it');
    assert.strictEqual(day31Item.tooltip, undefined, 'tooltips are built on hover (resolveTreeItem), not for every row drawn');
    assert.match(tooltip(lp, days[0]), /Checkpoint/);
    assert.match(tooltip(lp, days[0]), /\$\(clock\) Study time: 30 min\n/);
    assert.match(tooltip(lp, module1), /Study time: 3 h 30 min\n/);
    assert.ok(tooltip(lp, module1).startsWith('**Module 1: Lakehouse Fundamentals for AI/ML \\(Days 31\\-37\\)**'), 'the tooltip keeps the full title (escaped)');
    const integration = days.find((d) => titleOf(d) === 'Day 37 - Module 1 Integration')!;
    assert.strictEqual((lp.tree.getTreeItem(integration) as vscode.TreeItem).contextValue, 'day', 'no links: no "open resources" action');
  });

  it('shows a day\'s links as link nodes', async () => {
    const lp = await api();
    const day1 = find(lp, ['month-3-batch-etl', 'Week 1: Streaming Sprint - Kafka & Spark Structured Streaming', 'Day 1']);
    const links = children(lp, day1);
    assert.deepStrictEqual(links.map((l) => [l.type, label(lp, l)]), [
      ['link', 'Streaming Data Fundamentals (Blog, 8 min)'],
      ['link', 'Real-time vs Batch Processing (YouTube, 10 min)'],
    ]);
    assert.strictEqual((lp.tree.getTreeItem(links[0]) as vscode.TreeItem).contextValue, 'link');
  });

  it('shows a tracker\'s sections with checkbox progress and its tasks as native checkboxes', async () => {
    const lp = await api();
    const tracker = planRow(lp, 'learning-journey-tracker')!;
    assert.strictEqual(label(lp, tracker), '34/130 My Learning Journey');
    const iceberg = find(lp, ['learning-journey-tracker', '\u{1F4DA} Data Lakehouse Track', 'Apache Iceberg']);
    assert.strictEqual((lp.tree.getTreeItem(iceberg) as vscode.TreeItem).description, '10/15');
    const tasks = children(lp, children(lp, iceberg)[0]);
    assert.strictEqual(tasks.length, 8);
    const first = lp.tree.getTreeItem(tasks[0]) as vscode.TreeItem;
    assert.deepStrictEqual([tasks[0].type, first.contextValue, first.checkboxState], ['task', 'task-done', vscode.TreeItemCheckboxState.Checked]);
  });
});

describe('Live updates', () => {
  it('updates the tree when a plan document is edited', async () => {
    const lp = await api();
    const uri = workspaceUri('days-031-060-lakehouse-for-ai.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.lineAt(12);
    assert.strictEqual(line.text, '### **Day 31 - Lakehouse vs Data Warehouse for AI**');
    const changed = new Promise<void>((resolve) => {
      const subscription = lp.tree.onDidChangeTreeData(() => {
        subscription.dispose();
        resolve();
      });
    });
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, line.range, '### **Day 31 - Renamed in a test** \u2705 2026-11-21');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await changed;
    const day31 = await waitFor('the renamed day', () => {
      const module1 = children(lp, children(lp)[0])[1];
      const first = children(lp, module1)[0];
      return titleOf(first) === 'Day 31 - Renamed in a test' && first;
    });
    const item = lp.tree.getTreeItem(day31) as vscode.TreeItem;
    assert.strictEqual(item.contextValue, 'day-done+links');
    assert.strictEqual(item.description, '2026-11-21');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(document.isDirty, false);
  });

  it('adds a plan created on disk in a new folder, and removes it when the folder is deleted', async () => {
    const lp = await api();
    const uri = workspaceUri('notes', 'new-plan.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Week 1\n\n### Day 1 - Hello\n- [ ] read\n'));
    await waitFor('the new plan in the tree', () => planRow(lp, 'new-plan'));
    await vscode.workspace.fs.delete(workspaceUri('notes'), { recursive: true });
    await waitFor('the deleted plan to leave the tree', () => !planRow(lp, 'new-plan'));
  });

  it('follows a plan renamed on disk', async () => {
    const lp = await api();
    const from = workspaceUri('renamed-before.md');
    const to = workspaceUri('renamed-after.md');
    await vscode.workspace.fs.writeFile(from, new TextEncoder().encode('### Day 1\n'));
    await waitFor('the plan before the rename', () => planRow(lp, 'renamed-before'));
    await vscode.workspace.fs.rename(from, to);
    await waitFor('the plan after the rename', () => {
      const labels = children(lp).map((p) => titleOf(p));
      return labels.includes('renamed-after') && !labels.includes('renamed-before');
    });
    await vscode.workspace.fs.delete(to);
  });

  it('does not list markdown files that are not plans', async () => {
    const lp = await api();
    const uri = workspaceUri('README.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# About\n\nJust notes, no plan.\n'));
    await lp.index.rescan();
    assert.ok(!planRow(lp, 'README'));
    await vscode.workspace.fs.delete(uri);
  });
});

describe('Navigation', () => {
  it('opens a node\'s file at its heading', async () => {
    const lp = await api();
    const [plan] = children(lp);
    const module1 = children(lp, plan)[1];
    await vscode.commands.executeCommand('learningPlans.openNode', module1);
    const editor = await waitFor('an editor on the plan', () => vscode.window.activeTextEditor);
    assert.match(editor.document.uri.path, /days-031-060-lakehouse-for-ai\.md$/);
    assert.strictEqual(editor.selection.active.line, 10);
  });

  it('refuses links with unsafe schemes or outside the workspace', async () => {
    const lp = await api();
    const [plan] = children(lp);
    for (const target of ['command:workbench.action.quit', 'vscode://x', 'javascript:alert(1)', 'file:///etc/passwd', '../../../etc/passwd', '%2e%2e/%2e%2e/x.md']) {
      const element = { type: 'link', id: 'x', uri: plan.uri, parent: plan, link: { text: 't', target, line: 0 } };
      const opened = await vscode.commands.executeCommand('learningPlans.openLink', element);
      assert.strictEqual(opened, false, target);
    }
  });

  it('opens a workspace file link in VS Code', async () => {
    const lp = await api();
    const [plan] = children(lp);
    const element = { type: 'link', id: 'x', uri: plan.uri, parent: plan, link: { text: 't', target: './month-3-batch-etl.md#week-2-aiml-fundamentals-in-data-engineering', line: 0 } };
    assert.strictEqual(await vscode.commands.executeCommand('learningPlans.openLink', element), true);
    const editor = await waitFor('the linked file', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('month-3-batch-etl.md') && vscode.window.activeTextEditor);
    assert.strictEqual(editor.selection.active.line, 82);
  });
});

describe('Workspace scan', () => {
  it('fills in the tree\'s first level while a scan of many plans is still running', async function () {
    this.timeout(120_000);
    const lp = await api();
    const config = vscode.workspace.getConfiguration('learningPlans');
    const folder = workspaceUri('build'); // excluded by default, so the plans below are not indexed yet
    const day = (n: number) => `### Day ${n} - Topic\n- **Task (30 min):** study\n- [ ] exercise [ref](https://example.com/${n})\n\n`;
    const plan = (i: number) => `# Days 1-40: Plan ${i}\n\n${Array.from({ length: 40 }, (_, n) => day(n + 1)).join('')}`;
    const count = 150;
    await Promise.all(Array.from({ length: count }, (_, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `plan-${i}.md`), new TextEncoder().encode(plan(i)))));
    const before = children(lp).length;
    const seen: number[] = [];
    const listening = lp.tree.onDidChangeTreeData(() => seen.push(children(lp).length));
    try {
      // Taking `build` out of the exclusions rescans the workspace, as at startup.
      await config.update('exclude', ['**/node_modules/**', '**/.git/**'], vscode.ConfigurationTarget.Workspace);
      await waitFor('all the plans', () => children(lp).length === before + count, 60_000);
      const partial = seen.filter((n) => n > before && n < before + count);
      this.test!.title += ` (first level: ${[before, ...new Set(seen)].join(' -> ')})`;
      assert.ok(partial.length > 0, `the first level went from ${before} straight to ${before + count} (${seen.join(', ')})`);
    } finally {
      listening.dispose();
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await waitFor('the plans to go', () => children(lp).length === before, 30_000);
    }
  });
});
