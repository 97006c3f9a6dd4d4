import * as vscode from 'vscode';
import { newReviewLog, progressWorkflow, reviewLogLine, REVIEW_GITATTRIBUTES, type CardSchedule, type Grade } from '../../src/core';
import type { WorkflowCommandResult } from '../../src/extension/commands/review';
import type { ReviewOutcome } from '../../src/extension/review/reviewFlow';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import * as assert from './assert';
import { api, planRow, waitFor, workspaceUri } from './helpers';

const TODAY = '2026-11-21';
/** The tracker's learnings count as soon as they are written: 18 cards, all new. */
const TRACKER_CARDS = 18;

const logUri = (): vscode.Uri => workspaceUri('.learning-plans', 'reviews.md');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

async function removeReviewFiles(): Promise<void> {
  for (const name of ['reviews.md', '.gitattributes']) await vscode.workspace.fs.delete(workspaceUri('.learning-plans', name)).then(undefined, () => undefined);
  // Only an empty folder goes: other suites may keep templates there.
  await vscode.workspace.fs.delete(workspaceUri('.learning-plans')).then(undefined, () => undefined);
}

function badge(lp: LearningPlansApi): number {
  return lp.treeView.badge?.value ?? 0;
}

/** Lines of a log in which `schedules`' cards were all reviewed on `date`. */
function reviewedLines(schedules: readonly CardSchedule[], date: string, grade: Grade): string[] {
  return schedules.map((s) => reviewLogLine(date, s.card, grade));
}

async function step(lp: LearningPlansApi, kind: 'prompt' | 'answer', cardId: string): Promise<void> {
  await waitFor(`the ${kind} of card ${cardId}`, () => lp.reviewFlow.current?.step === kind && lp.reviewFlow.current.card.id === cardId);
}

const accept = (): Thenable<unknown> => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');

describe('Spaced review', () => {
  let lp: LearningPlansApi;
  /** Today's cards before any review, in queue order. */
  let deck: readonly CardSchedule[];

  before(async () => {
    lp = await api();
    lp.clock = () => new Date(2026, 10, 21, 12, 0);
    await removeReviewFiles();
    await lp.reviews.ready;
    await waitFor('the tracker\'s cards to be due', () => lp.reviews.refresh().due.length === TRACKER_CARDS);
    deck = lp.reviews.state.due;
  });

  afterEach(async () => {
    if (lp.reviewFlow.current) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await waitFor('the review to end', () => !lp.reviewFlow.current);
    lp.trust = { isTrusted: () => vscode.workspace.isTrusted };
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.toString() === logUri().toString()) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeReviewFiles();
    await vscode.workspace.fs.delete(workspaceUri('.github'), { recursive: true }).then(undefined, () => undefined);
    // Cleaning up, not a check: the watcher may report the folder's deletion late or not at all (a CI run
    // once waited 30 s for it), so the next test starts from a log read again.
    await lp.reviews.reload();
    await waitFor('the badge to count every card again', () => badge(lp) === TRACKER_CARDS);
  });

  it('shows the number of cards due today on the Plans view, with a tooltip; the log itself is no plan', async () => {
    assert.strictEqual(deck.length, TRACKER_CARDS, 'the tracker\'s learnings');
    assert.ok(deck.every((s) => s.state === 'new' && s.card.planKey === 'learning-journey-tracker.md'));
    await waitFor('the badge', () => badge(lp) === TRACKER_CARDS);
    assert.strictEqual(lp.treeView.badge?.tooltip, `${TRACKER_CARDS} review cards due today`);
    await vscode.workspace.fs.writeFile(logUri(), encode(newReviewLog() + reviewedLines(deck.slice(0, 3), '2026-11-10', 'good').join('\n') + '\n'));
    await waitFor('the log to be read', () => lp.reviews.state.folders[0]?.entries.length === 3);
    assert.ok(!lp.index.planFor(await vscode.workspace.openTextDocument(logUri())).isPlan, 'the review log is no plan');
    assert.ok(!planRow(lp, 'reviews'));
  });

  it('follows the plans: completing a day makes its checkpoint a card at once, read when the index parsed the edit', async () => {
    const uri = workspaceUri('days-031-060-lakehouse-for-ai.md');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      const day = await waitFor('Day 31 in the index', () => lp.index.get(uri)?.days.find((d) => d.number === 31));
      const result = await vscode.commands.executeCommand<{ applied: boolean; message: string }>('learningPlans.markDayComplete', { uri: uri.toString(), line: day.line, title: day.title });
      assert.ok(result?.applied, result?.message);
      await waitFor('the day\'s cards to be due', () => badge(lp) > TRACKER_CARDS);
      const added = lp.reviews.state.due.filter((s) => s.card.planUri === uri.toString());
      assert.ok(added.length > 0 && added.every((s) => s.card.context.line === day.line && s.card.context.doneDate === TODAY), JSON.stringify(added.map((s) => s.card.context)));
      assert.ok(added.some((s) => s.card.label === 'Checkpoint'), added.map((s) => s.card.label).join());
      assert.strictEqual(badge(lp), TRACKER_CARDS + added.length);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.writeFile(uri, original);
      await waitFor('the plan restored', () => lp.index.get(uri)?.days.find((d) => d.number === 31)?.done === false);
    }
  });

  it('after a window reload, plans taken from the index snapshot (never parsed) still give their cards', async function () {
    this.timeout(120_000);
    const { PlanIndex } = await import('../../src/extension/index/planIndex');
    const { TodayService } = await import('../../src/extension/today/todayService');
    const { ReviewService } = await import('../../src/extension/review/reviewService');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // a reload takes files on disk from the snapshot
    let stored: string | undefined;
    const storage = { read: async () => stored, write: async (text: string) => void (stored = text) };
    const first = new PlanIndex(undefined, storage, 'review-reload-test');
    await first.rescan();
    first.dispose();
    const index = new PlanIndex(undefined, storage, 'review-reload-test');
    const memento = { get: () => undefined, update: async () => undefined, keys: () => [] } as unknown as vscode.Memento;
    const today = new TodayService(index, memento, lp.clock);
    const reviews = new ReviewService(index, today, lp.clock);
    try {
      await index.rescan();
      assert.strictEqual(index.parseCount, 0, 'every plan came from the snapshot');
      await reviews.ready;
      await waitFor('the cards of the snapshot\'s plans', () => reviews.refresh().due.length === TRACKER_CARDS);
      assert.deepStrictEqual(reviews.state.due.map((s) => s.card.id), deck.map((s) => s.card.id));
    } finally {
      reviews.dispose();
      today.dispose();
      index.dispose();
    }
  });

  it('a first review creates the log with its header and .gitattributes; Escape stops at the next card; the badge follows', async () => {
    const run = vscode.commands.executeCommand<ReviewOutcome>('learningPlans.reviewDueCards');
    await step(lp, 'prompt', deck[0].card.id);
    assert.strictEqual(lp.reviewFlow.current?.total, TRACKER_CARDS);
    // A learning is asked by its first words, not shown whole (a learner had nothing to recall); the reveal shows it all.
    const { text } = deck[0].card;
    assert.strictEqual(text, 'Iceberg\'s snapshot isolation allows multiple writers without conflicts');
    const rows = (): string => lp.reviewFlow.current!.shown.join('\n');
    assert.ok(rows().includes('Iceberg\'s snapshot isolation \u2026') && !rows().includes('multiple writers'), rows());
    await accept();
    await step(lp, 'answer', deck[0].card.id);
    assert.ok(rows().includes(text), rows());
    await accept(); // Good is highlighted
    await step(lp, 'prompt', deck[1].card.id);
    assert.strictEqual(lp.reviewFlow.current?.position, 2);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const outcome = await run;
    const line = reviewLogLine(TODAY, deck[0].card, 'good');
    assert.deepStrictEqual(outcome.lines, [line]);
    assert.ok(outcome.stopped && outcome.left === TRACKER_CARDS - 1, outcome.message);
    assert.match(outcome.message, /1 card reviewed\. 17 cards are still due today\./);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(logUri())), `${newReviewLog()}${line}\n`);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(workspaceUri('.learning-plans', '.gitattributes'))), REVIEW_GITATTRIBUTES);
    await waitFor('the badge to count one card less', () => badge(lp) === TRACKER_CARDS - 1);
  });

  it('reviews two cards through the quick pick (Good, then Easy) and appends two lines byte for byte to a CRLF log without a last line break', async () => {
    // Sixteen cards met today leave four new ones for today's limit of 20: the last two are due.
    const before = ['# My reviews', '', ...reviewedLines(deck.slice(0, 16), TODAY, 'easy')].join('\r\n');
    await vscode.workspace.fs.writeFile(logUri(), encode(before));
    await waitFor('two cards due', () => badge(lp) === 2);
    const [first, second] = deck.slice(16);
    const run = vscode.commands.executeCommand<ReviewOutcome>('learningPlans.reviewDueCards');
    await step(lp, 'prompt', first.card.id);
    await accept();
    await step(lp, 'answer', first.card.id);
    await accept();
    await step(lp, 'prompt', second.card.id);
    assert.deepStrictEqual([lp.reviewFlow.current?.position, lp.reviewFlow.current?.total], [2, 2]);
    await accept();
    await step(lp, 'answer', second.card.id);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext'); // Good -> Easy
    await accept();
    const outcome = await run;
    const lines = [reviewLogLine(TODAY, first.card, 'good'), reviewLogLine(TODAY, second.card, 'easy')];
    assert.deepStrictEqual(outcome.lines, lines);
    assert.ok(!outcome.stopped && outcome.left === 0 && outcome.nextDue && outcome.nextDue > TODAY, outcome.message);
    assert.match(outcome.message, /2 cards reviewed\. Nothing else is due today; the next card is due on \d{4}-\d\d-\d\d \((tomorrow|in \d+ days)\)\./);
    assert.sameBytes(await vscode.workspace.fs.readFile(logUri()), encode(`${before}\r\n${lines.join('\r\n')}\r\n`));
    await waitFor('the badge to go', () => lp.treeView.badge === undefined);
  });

  it('with nothing due, says when the next card is due and shows no review', async () => {
    await vscode.workspace.fs.writeFile(logUri(), encode(reviewedLines(deck, TODAY, 'good').join('\n') + '\n'));
    await waitFor('no card due', () => lp.treeView.badge === undefined);
    const outcome = await vscode.commands.executeCommand<ReviewOutcome>('learningPlans.reviewDueCards');
    assert.deepStrictEqual(outcome.lines, []);
    assert.match(outcome.message, /^Learning Plans: nothing to review today\. The next card is due on \d{4}-\d\d-\d\d \((tomorrow|in \d+ days)\)\.$/);
    assert.strictEqual(lp.reviewFlow.current, undefined);
  });

  it('a log open with unsaved changes gets the line in its editor (one undo removes it); the file is not written', async () => {
    const onDisk = `${newReviewLog()}- 2026-11-20 ${deck[5].card.id} good\n`;
    await vscode.workspace.fs.writeFile(logUri(), encode(onDisk));
    const editor = await vscode.window.showTextDocument(logUri());
    // An editor model of the log from an earlier test may not have followed the disk yet.
    if (editor.document.getText() !== onDisk) await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the editor to show the log', () => editor.document.getText() === onDisk);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '<!-- my note -->\n'));
    const unsaved = editor.document.getText();
    await waitFor('the unsaved log to be read', () => badge(lp) === TRACKER_CARDS - 1);
    const run = vscode.commands.executeCommand<ReviewOutcome>('learningPlans.reviewDueCards');
    await step(lp, 'prompt', deck[0].card.id);
    await accept();
    await step(lp, 'answer', deck[0].card.id);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectPrevious'); // Good -> Hard
    await accept();
    await step(lp, 'prompt', deck[1].card.id);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const outcome = await run;
    const line = reviewLogLine(TODAY, deck[0].card, 'hard');
    assert.deepStrictEqual(outcome.lines, [line]);
    assert.strictEqual(editor.document.getText(), `${unsaved}${line}\n`);
    assert.ok(editor.document.isDirty, 'left unsaved, as the learner left it');
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(logUri())), onDisk, 'the disk is untouched');
    await waitFor('the badge to count the unsaved review', () => badge(lp) === TRACKER_CARDS - 2);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), unsaved, 'one undo removes the review');
  });

  it('shows the review numbers on the progress page', async () => {
    await vscode.workspace.fs.writeFile(logUri(), encode(reviewedLines(deck.slice(0, 3), TODAY, 'good').join('\n') + '\n'));
    await waitFor('three reviews read', () => lp.reviews.state.reviewedThisWeek === 3);
    const panel = lp.progressPage.show();
    await waitFor('the review numbers', () => /<strong>15<\/strong>cards due for review/.test(panel.webview.html) && /<strong>3<\/strong>reviewed this week/.test(panel.webview.html));
    panel.dispose();
  });

  it('Create Progress Workflow writes the workflow once, opens it, says what it does, and never overwrites it', async () => {
    const uri = workspaceUri('.github', 'workflows', 'learning-plans.yml');
    const first = await vscode.commands.executeCommand<WorkflowCommandResult>('learningPlans.createProgressWorkflow');
    assert.ok(first.created, first.message);
    assert.strictEqual(first.uri, uri.toString());
    const text = decode(await vscode.workspace.fs.readFile(uri));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const version = String(vscode.extensions.getExtension('learning-plans.learning-plans')?.packageJSON.version);
    assert.strictEqual(text, progressWorkflow({ cliVersion: version, timeZone: zone === 'UTC' || zone === 'Etc/UTC' ? null : zone }));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new workflow is open');
    assert.match(first.message, /created \.github\/workflows\/learning-plans\.yml\. On every push/);
    // The test workspace is no repository: the message says GitHub would not run a workflow from here.
    assert.match(first.message, /holds no \.git: GitHub runs only the workflows of a repository's root folder\./);
    await vscode.workspace.fs.writeFile(uri, encode('# mine\n'));
    const second = await vscode.commands.executeCommand<WorkflowCommandResult>('learningPlans.createProgressWorkflow');
    assert.ok(!second.created && second.uri === uri.toString(), second.message);
    assert.match(second.message, /already exists and was not changed/);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(uri)), '# mine\n', 'not overwritten');
  });

  it('in Restricted Mode, reviewing and creating the workflow change nothing; the badge still counts', async () => {
    lp.trust = { isTrusted: () => false };
    assert.strictEqual(await vscode.commands.executeCommand('learningPlans.reviewDueCards'), undefined);
    assert.strictEqual(lp.reviewFlow.current, undefined, 'no review shown');
    assert.strictEqual(await vscode.commands.executeCommand('learningPlans.createProgressWorkflow'), undefined);
    assert.ok(!(await exists(logUri())), 'no log written');
    assert.ok(!(await exists(workspaceUri('.github'))), 'no workflow written');
    assert.strictEqual(badge(lp), TRACKER_CARDS);
  });
});
