import * as vscode from 'vscode';
import type { TreeElement } from '../../src/extension/tree/treeElements';
import type { LearningPlansTestApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, children, planRow, titleOf, waitFor, workspaceUri } from './helpers';

/** A vault note as the Obsidian Tasks plugin writes it (its documented format; test/formats/obsidian-tasks.md). */
const VAULT = [
  '# Rust in two weeks', '',
  '## Week 1', '',
  '### Day 1 - Ownership',
  '- [x] Read chapter 4 of the book 📅 2025-01-07 ✅ 2025-01-06',
  '- [ ] Do the move-semantics exercises ⏫ 📅 2025-01-07 #rust',
  '- [/] Write notes on borrowing 🔼 ⏳ 2025-01-07 🛫 2025-01-06',
  '- [-] Watch the optional conference talk ❌ 2025-01-06',
  '- [ ] Review flashcards 🔁 every day when done ➕ 2025-01-01 🔽', '',
  '### Day 2 - Structs',
  '- [ ] Read chapter 5 🔺 📅 2025-01-08',
  '- [ ] Finish the exercises #rust/structs ⏬ 📅 2025-01-08 ^ex2',
  '- [ ] Learn #generics next', '',
].join('\n');

describe('A vault written with Obsidian Tasks', () => {
  let lp: LearningPlansTestApi;
  const uri = (): vscode.Uri => workspaceUri('rust-vault.md');
  const item = (element: TreeElement): vscode.TreeItem => lp.tree.getTreeItem(element) as vscode.TreeItem;
  const row = (): TreeElement => planRow(lp, 'rust-vault')!;
  const day = (n: number): TreeElement => children(lp, children(lp, row())[0])[n];
  const task = (dayRow: TreeElement, text: string): TreeElement => children(lp, dayRow).find((e) => titleOf(e) === text)!;

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2025, 0, 8, 9);
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(VAULT));
    await waitFor('the vault note in the tree', () => lp.index.get(uri()) && row());
    lp.today.refresh();
  });

  after(async () => {
    await lp.filters.setHideCompleted(false);
    lp.clock = () => new Date();
    await vscode.workspace.fs.delete(uri());
    await waitFor('the vault note to leave the index', () => !lp.index.get(uri()));
    lp.today.refresh();
  });

  it('shows what is overdue and due today on the plan, its days and its tasks; cancelled tasks are neither open nor done', () => {
    assert.strictEqual(item(row()).description, 'rust-vault.md · 1 overdue');
    assert.strictEqual(item(row()).label, '0/2 Rust in two weeks');
    const [day1, day2] = [day(0), day(1)];
    assert.match(String(item(day1).description), /(^| · )1\/4 · 1 overdue$/, 'the cancelled task is not counted');
    assert.match(String(item(day2).description), / · 2 due today$/);

    const exercises = item(task(day1, 'Do the move-semantics exercises'));
    assert.strictEqual(exercises.description, 'overdue since 2025-01-07');
    assert.strictEqual((exercises.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.strictEqual(exercises.tooltip, 'Open: Do the move-semantics exercises\nDue: 2025-01-07\nhigh priority');
    assert.strictEqual(item(task(day1, 'Write notes on borrowing')).description, 'in progress · scheduled 2025-01-07');
    assert.strictEqual(item(task(day1, 'Read chapter 4 of the book')).description, '2025-01-06', 'done: its done date, never overdue');

    const talk = item(task(day1, 'Watch the optional conference talk'));
    assert.deepStrictEqual([talk.description, talk.contextValue, talk.checkboxState], ['cancelled 2025-01-06', 'task-cancelled', vscode.TreeItemCheckboxState.Unchecked]);
    assert.strictEqual(talk.tooltip, 'Cancelled: Watch the optional conference talk\nCancelled on: 2025-01-06');
    assert.strictEqual(item(task(day1, 'Review flashcards')).tooltip, 'Open: Review flashcards\nCreated: 2025-01-01\nRepeats: every day when done\nlow priority');

    const chapter5 = item(task(day2, 'Read chapter 5'));
    assert.deepStrictEqual([chapter5.description, (chapter5.iconPath as vscode.ThemeIcon).id], ['due today', 'calendar']);
  });

  it('Today (the status bar) counts them and lists the most pressing first', () => {
    const summary = lp.today.refresh();
    assert.deepStrictEqual(summary.dueTasks.map((d) => [d.state, d.task.text]), [
      ['overdue', 'Do the move-semantics exercises'],
      ['today', 'Read chapter 5'],
      ['today', 'Finish the exercises'],
    ]);
    assert.match(lp.statusBar.text, /^\$\(flame\) \d+ \$\(calendar\) 3$/);
    assert.match(String(lp.statusBar.accessibilityInformation?.label), /, 1 task overdue, 2 due today$/);
    const tip = (lp.statusBar.tooltip as vscode.MarkdownString).value;
    assert.ok(tip.includes('**$(calendar) 1 task overdue, 2 due today**'), tip);
    assert.ok(tip.indexOf('$(warning) Do the move-semantics exercises · *overdue since 2025-01-07* · Day 1 - Ownership · Rust in two weeks') < tip.indexOf('Read chapter 5 · *due today*'), tip);
  });

  it('Hide Completed hides done and cancelled tasks; a new day makes today\'s tasks overdue', async () => {
    await lp.filters.setHideCompleted(true);
    assert.deepStrictEqual(children(lp, day(0)).map(titleOf), ['Do the move-semantics exercises', 'Write notes on borrowing', 'Review flashcards']);
    await lp.filters.setHideCompleted(false);
    lp.clock = () => new Date(2025, 0, 9, 9);
    lp.today.refresh();
    await waitFor('the tree to follow the date', () => item(row()).description === 'rust-vault.md · 3 overdue');
    assert.strictEqual(item(task(day(1), 'Read chapter 5')).description, 'overdue since 2025-01-08');
    assert.match(lp.statusBar.text, / \$\(calendar\) 3$/);
  });

  it('Toggle Task on a recurring task writes its next one above it, as Obsidian Tasks does; one undo takes both back; inside a day it only checks it', async () => {
    const habits = workspaceUri('habits.md');
    const flashcards = '- [ ] Flashcards \u{1F4C5} 2025-01-09 \u{1F501} every day #anki';
    const HABITS = `# Habits\n\n${flashcards}\n`;
    await vscode.workspace.fs.writeFile(habits, new TextEncoder().encode(HABITS));
    try {
      const habitRow = await waitFor('the habits note in the tree', () => lp.index.get(habits) && planRow(lp, 'habits'));
      const result = await vscode.commands.executeCommand<{ applied: boolean; message: string }>('learningPlans.toggleTask', children(lp, habitRow).find((e) => titleOf(e) === 'Flashcards'));
      assert.ok(result?.applied, result?.message);
      assert.strictEqual(result.message, 'Checked "Flashcards"; its next one (2025-01-10) is written above it');
      const document = await vscode.workspace.openTextDocument(habits);
      assert.strictEqual(document.getText(), HABITS.replace(flashcards, `${flashcards.replace('01-09', '01-10')}\n${flashcards.replace('[ ]', '[x]')} \u2705 2025-01-09`));
      await waitFor('the next one in the tree', () => children(lp, planRow(lp, 'habits')!).filter((e) => titleOf(e) === 'Flashcards').length === 2);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), HABITS, 'one undo restores the text exactly');
      // Saved like the edit (not awaited by the undo): waited for, or deleting the note after this races it.
      await waitFor('the undo saved to disk', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(habits)) === HABITS);
      await waitFor('a clean document', () => !document.isDirty);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } finally {
      await vscode.workspace.fs.delete(habits);
      await waitFor('the habits note to leave the index', () => !lp.index.get(habits));
    }
    // Inside a day a next one would keep the day open for good: the task is checked, and the message says so.
    const inDay = await vscode.commands.executeCommand<{ applied: boolean; message: string }>('learningPlans.toggleTask', task(day(0), 'Review flashcards'));
    assert.ok(inDay?.applied, inDay?.message);
    assert.match(inDay.message, /^Checked "Review flashcards"; no next one is written for a task inside a day/);
    const vault = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(vault);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(vault.getText(), VAULT);
    await waitFor('the undo saved to disk', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri())) === VAULT);
    await waitFor('a clean document', () => !vault.isDirty);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
