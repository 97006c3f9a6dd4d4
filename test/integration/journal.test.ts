import * as vscode from 'vscode';
import type { LearningPlansTestApi } from '../../src/extension/testApi';
import type { EditResult } from '../../src/extension/edits/planEditor';
import * as assert from './assert';
import { api, children, planRow, titleOf, waitFor, workspaceUri } from './helpers';

const JOURNAL = '# My learning week\n\n## Monday: Fresh Start\n\nStarted the course. The [course page](https://example.org/course) has the slides.\n\n### Links of the day\n- [Pods explained](https://example.org/pods)\n\n## Tuesday: Deployments\n\nRolling updates.\n\n## 2026-11-19 - Rest day\n\n## 2026-11-20\n\nSkipped - sick.\n\n## 2026-11-21\n\nA dated entry.\n';

describe('A journal is a record, not a backlog', () => {
  let lp: LearningPlansTestApi;
  const uri = (): vscode.Uri => workspaceUri('week-journal.md');

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 10, 21, 20);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(JOURNAL));
    await waitFor('the journal', () => lp.index.get(uri()));
  });

  after(async () => {
    lp.clock = () => new Date();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri());
  });

  it('shows its entries as written: no progress, no open boxes, no "Mark complete", links of subsections included', async () => {
    const plan = lp.index.get(uri())!;
    assert.ok(plan.journal);
    assert.strictEqual(plan.root.progress.daysTotal, 0, 'entries are not days left to do');
    const row = planRow(lp, 'week-journal')!;
    const item = lp.tree.getTreeItem(row) as vscode.TreeItem;
    assert.strictEqual(item.label, 'My learning week', 'no progress in front');
    assert.strictEqual(item.description, 'week-journal.md · journal, 5 entries');
    const entries = children(lp, row);
    assert.deepStrictEqual(entries.map((e) => titleOf(e)), ['Monday: Fresh Start', 'Tuesday: Deployments', '2026-11-19 - Rest day', '2026-11-20', '2026-11-21']);
    // An entry that says no study was done says so (a learner's "Skipped - sick" kept the streak going); one of rest
    // taken says that (the streak passes over it: unit-tested).
    const rest = lp.tree.getTreeItem(entries[2]) as vscode.TreeItem;
    assert.strictEqual(rest.description, 'rest day');
    assert.strictEqual(rest.accessibilityInformation?.label, 'journal entry 2026-11-19 - Rest day, rest day');
    const sick = lp.tree.getTreeItem(entries[3]) as vscode.TreeItem;
    assert.strictEqual(sick.description, 'no study');
    assert.strictEqual(sick.accessibilityInformation?.label, 'journal entry 2026-11-20, no study');
    assert.strictEqual((lp.tree.getTreeItem(entries[4]) as vscode.TreeItem).description, undefined);
    const monday = lp.tree.getTreeItem(entries[0]) as vscode.TreeItem;
    assert.strictEqual(monday.contextValue, 'entry+links', 'its links (its own and its subsection\'s) can be opened; nothing to mark');
    assert.strictEqual((monday.iconPath as vscode.ThemeIcon).id, 'note');
    await vscode.window.showTextDocument(uri());
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri());
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), ['$(link-external) Open 2 resources'], 'Monday\'s two links; no Mark complete anywhere');
    // The palette's context: the cursor in an entry offers neither Mark Day Complete nor Mark Day Incomplete.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    assert.strictEqual(lp.cursorDay.update(), 'entry');
    const palette = vscode.extensions.getExtension('learning-plans.learning-plans')!.packageJSON.contributes.menus.commandPalette as { command: string; when: string }[];
    assert.match(palette.find((e) => e.command === 'learningPlans.markDayComplete')!.when, /learningPlans\.cursorDay != entry/);
    assert.match(palette.find((e) => e.command === 'learningPlans.markDayIncomplete')!.when, /learningPlans\.cursorDay != entry/, 'never an entry');
  });

  it('refuses Mark Day Complete on an entry, even named by a command\'s argument, and writes nothing (the CLI\'s done stamped one)', async () => {
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri()));
    const monday = lp.index.get(uri())!.days[0];
    const result = await vscode.commands.executeCommand<EditResult>('learningPlans.markDayComplete', { uri: uri().toString(), line: monday.line, title: monday.title });
    assert.ok(result && !result.applied, 'not applied');
    assert.match(result!.message ?? '', /is an entry of a journal: a record, with nothing to mark complete/);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri())), before);
  });

  it('counts a dated entry as activity for the streak, and never becomes today\'s plan', () => {
    const summary = lp.today.refresh();
    assert.ok(summary.streak.countOn('2026-11-21') >= 1, 'the entry dated today is activity');
    assert.deepStrictEqual(lp.index.get(uri())!.days.map((d) => d.skipped), [false, false, true, true, false], 'the entries that say rest or a skip are none (unit-tested: the streak leaves them out)');
    assert.ok(summary.streak.rest.isRestDate('2026-11-19'), 'the rest day is a pause of the streak');
    assert.notStrictEqual(summary.activePlan?.uri, uri().toString());
  });
});

describe('Lists and diaries that are no study (a trial\'s grocery list and personal journal counted in the streak)', () => {
  let lp: LearningPlansTestApi;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const groceries = (): vscode.Uri => workspaceUri('groceries.md');
  const diary = (): vscode.Uri => workspaceUri('diary.md');

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 10, 21, 20);
  });

  after(async () => {
    lp.clock = () => new Date();
    for (const uri of [groceries(), diary()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('a checklist named as study is a plan; named as groceries, it leaves the tree, Today and the streak', async () => {
    // A date no other file holds (the journal above is deleted meanwhile: counting today's raced with it).
    const before = lp.today.refresh().streak.countOn('2026-10-03');
    await vscode.workspace.fs.writeFile(groceries(), encode('# Study shopping\n\n- [ ] milk\n- [x] eggs \u2705 2026-10-03\n'));
    await waitFor('the list, as a plan', () => lp.index.get(groceries()));
    assert.ok(planRow(lp, 'groceries'), 'in the tree');
    assert.strictEqual(lp.today.refresh().streak.countOn('2026-10-03'), before + 1, 'its stamp counts');
    await vscode.workspace.fs.writeFile(groceries(), encode('# Groceries\n\n- [ ] milk\n- [x] eggs \u2705 2026-10-03\n'));
    await waitFor('the list, no plan', () => lp.index.get(groceries()) === undefined);
    assert.strictEqual(planRow(lp, 'groceries'), undefined, 'out of the tree');
    const summary = lp.today.refresh();
    assert.strictEqual(summary.streak.countOn('2026-10-03'), before, 'eggs bought are no study');
    assert.notStrictEqual(summary.activePlan?.uri, groceries().toString());
  });

  it('a personal journal is no study journal; a study journal is', async () => {
    const entries = '\n\n## 2026-11-20\n\nWent for a run.\n\n## 2026-11-21\n\nDinner with Ana.\n';
    await vscode.workspace.fs.writeFile(diary(), encode(`# Study journal${entries}`));
    await waitFor('the study journal', () => lp.index.get(diary()));
    await vscode.workspace.fs.writeFile(diary(), encode(`# Personal journal${entries}`));
    await waitFor('the personal journal, no plan', () => lp.index.get(diary()) === undefined);
    assert.strictEqual(planRow(lp, 'diary'), undefined);
  });
});
