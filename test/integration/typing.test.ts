// Typing in a 5 MB plan (issue 19.5): a keystroke re-parses only the piece it touched, and the tree and the
// status bar show it soon after the debounce. Timed against a whole parse of the same text in the same run.
import * as vscode from 'vscode';
import { daySections, planText } from '../bench/corpus';
import * as assert from './assert';
import { api, children, idleFor, planRow, waitFor, workspaceUri } from './helpers';
import { note } from './runner';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Puts a typed-in plan's unsaved document away without a prompt, then deletes the file and waits until the index lets
 * it go (the revert bounded: never hang the suite).
 */
async function revertAndDelete(lp: Awaited<ReturnType<typeof api>>, uri: vscode.Uri): Promise<void> {
  const reverted = (async () => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  })();
  await Promise.race([reverted, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  await vscode.workspace.fs.delete(uri);
  await waitFor('the plan gone', () => !lp.index.get(uri));
}

/**
 * Writes a plan of `days` days (the lakehouse fixture's days, numbered on) to the workspace's `name`, with `before`
 * and `after` around them: its uri and text.
 */
async function writeGeneratedPlan(name: string, days: number, before = '', after = ''): Promise<{ uri: vscode.Uri; text: string }> {
  const fixture = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('days-031-060-lakehouse-for-ai.md')));
  const text = before + planText(daySections(fixture), 1, days) + after;
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return { uri, text };
}

describe('Typing in a 5 MB plan', () => {
  it('re-parses only the piece a keystroke touched, and prints what the tree and status bar take against a whole parse', async function () {
    // Alone this takes under a minute; after the rest of the suite (the Plans view shown, its rows open) 3-5 minutes on
    // this machine, most of it VS Code taking the 5 MB document in and out: 300 s was passed once (a note says more).
    this.timeout(600_000);
    // The Node host only: in the web-worker host a 5 MB document's every change also crosses the worker
    // boundary, and writing, opening and reverting it took minutes on this machine (measured in CI: it passed
    // there once and timed out once); the index's code is the same in both hosts.
    const host = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.learning-plans-test-host')));
    if (host !== 'node') this.skip();
    const lp = await api();
    await lp.index.ready;
    const { uri, text } = await writeGeneratedPlan('typing-5mb.md', 9000);
    assert.ok(text.length > 4_000_000 && text.length < 5_000_000, `${text.length} characters`);
    try {
      await waitFor('the big plan in the index', () => lp.index.get(uri), 60_000);
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      await waitFor('the open document taken', () => lp.index.pendingWork === 0 && lp.index.planFor(document) === lp.index.get(uri));

      // Baseline: whole parses of the same text, in this host, now.
      const whole: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        lp.index.planForText(uri, document.getText() + ' '.repeat(i + 1));
        whole.push(performance.now() - start);
      }

      // Keystrokes in days spread over the file: check a task, as a learner would in the editor.
      // The host's memory around them, printed: VS Code's own markdown extension parses the whole document with
      // markdown-it in this host at each keystroke and sends the tokens to its language server (measured by heap
      // sampling: ~700 MB of allocation a keystroke in this 5 MB plan, against ~10 MB of the index's): what the host's
      // collector then does lands in the index's keystroke too (README: Typing in a 5 MB plan).
      const memoryBefore = process.memoryUsage();
      const keystrokes: number[] = [];
      const parts = { index: [] as number[], today: [] as number[], tree: [] as number[] };
      // Keystrokes at the end of day headings spread over the file: each one changes that day's title.
      const model = lp.index.get(uri)!;
      const days = [0.1, 0.3, 0.5, 0.7, 0.9, 0.2, 0.4, 0.6, 0.8].map((f) => Math.floor(model.days.length * f));
      const endOfHeading = (index: number): vscode.Position => document.lineAt(model.days[index].line).range.end;
      const row = () => planRow(lp, 'typing-5mb')!;
      for (const index of days) {
        const at = endOfHeading(index);
        assert.ok(await editor.edit((edit) => edit.insert(at, 'Z')), 'the keystroke applied');
        // What the debounce would do, timed: the index takes the text, then the views read what they show.
        const start = performance.now();
        lp.index.update(document);
        const indexed = performance.now();
        void lp.today.summary;
        const today = performance.now();
        children(lp, row());
        const end = performance.now();
        if (keystrokes.length === 0) {
          // Opened and left alone, the plan read from disk was made ready to be typed in: even the first keystroke
          // re-parses only its piece (it was a whole parse, up to 1 s here).
          const first = lp.reusedPieces(lp.index.get(uri)!);
          assert.ok(first && first.reused >= first.total - 2, `the first keystroke reused ${JSON.stringify(first)}`);
        }
        keystrokes.push(end - start);
        parts.index.push(indexed - start);
        parts.today.push(today - indexed);
        parts.tree.push(end - today);
      }
      const memoryAfter = process.memoryUsage();
      const mb = (bytes: number): number => Math.round(bytes / 1e6);
      note(`the extension host during the keystrokes: heap ${mb(memoryBefore.heapUsed)} -> ${mb(memoryAfter.heapUsed)} MB, array buffers ${mb(memoryBefore.arrayBuffers)} -> ${mb(memoryAfter.arrayBuffers)} MB, resident ${mb(memoryBefore.rss)} -> ${mb(memoryAfter.rss)} MB`);
      const plan = lp.index.get(uri)!;
      const pieces = lp.reusedPieces(plan);
      note(`a keystroke: median ${Math.round(median(keystrokes))} ms, max ${Math.round(Math.max(...keystrokes))} ms (index ${Math.round(median(parts.index))}, Today ${Math.round(median(parts.today))}, tree row ${Math.round(median(parts.tree))} ms, medians); a whole parse: median ${Math.round(median(whole))} ms; last edit reused ${pieces?.reused} of ${pieces?.total} pieces`);
      // The model typed into is the model a whole parse of the text gives.
      const whole1 = lp.index.planForText(uri, document.getText());
      assert.deepStrictEqual(plan.days.map((d) => [d.line, d.title]), whole1.days.map((d) => [d.line, d.title]), 'the typed model is the whole parse\'s');
      for (const index of days) assert.match(plan.days[index].title, /Z$/, `day ${index + 1} has its keystroke`);
      assert.ok(pieces && pieces.reused >= pieces.total - 2, 'the last keystroke re-parsed only the piece it touched');
      // Time depends on the machine: printed as a target, not asserted (README: Test).
      const ratio = median(keystrokes) / median(whole);
      note(`${ratio <= 0.5 ? 'PASS' : 'FAIL'}  a keystroke <= 0.5x a whole parse: ${ratio.toFixed(2)}x; ${median(keystrokes) <= 100 ? 'PASS' : 'FAIL'}  a keystroke <= 100 ms: ${Math.round(median(keystrokes))} ms`);

      // Without the shortcut: typing debounced, the index takes the text once the user pauses.
      const last = Math.floor(model.days.length / 3) + 1;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, endOfHeading(last), 'Z');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the keystroke applied');
      await waitFor('the debounced re-parse', () => lp.index.pendingWork === 0 && /Z$/.test(lp.index.get(uri)!.days[last].title), 60_000);
    } finally {
      await revertAndDelete(lp, uri);
    }
  });
});

describe('A plan typed in', () => {
  it('is compared keystroke by keystroke with the text the index holds, which a save lets go', async function () {
    this.timeout(60_000);
    const lp = await api();
    await lp.index.ready;
    const fixture = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('days-031-060-lakehouse-for-ai.md')));
    const uri = workspaceUri('typed-and-saved.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fixture));
    try {
      await waitFor('the plan in the index', () => lp.index.get(uri));
      const editor = await vscode.window.showTextDocument(uri);
      await waitFor('the open document taken', () => lp.index.pendingWork === 0 && lp.index.planFor(editor.document) === lp.index.get(uri));
      const day = lp.index.get(uri)!.days[0];
      for (const key of ['Z', 'Z']) {
        assert.ok(await editor.edit((edit) => edit.insert(editor.document.lineAt(day.line).range.end, key)), 'the keystroke applied');
      }
      await waitFor('the keystrokes taken', () => lp.index.pendingWork === 0 && /ZZ$/.test(lp.index.get(uri)!.days[0].title));
      assert.ok(lp.index.holdsText(uri), 'the typed text is kept to compare the next keystroke with');
      const parses = lp.index.parseCount;
      assert.ok(await editor.document.save(), 'saved');
      await waitFor('the text let go after the save', () => !lp.index.holdsText(uri));
      await idleFor(1500); // the file watcher reports the save meanwhile: the same text, nothing parsed
      assert.strictEqual(lp.index.parseCount, parses, 'the save and the watcher parse nothing');
      assert.match(lp.index.get(uri)!.days[0].title, /ZZ$/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
      await waitFor('the plan gone', () => !lp.index.get(uri));
    }
  });
});

describe('CodeLenses of a big plan', () => {
  it('are given around what the editor shows (VS Code lays out every lens again at each keystroke), and follow scrolling', async function () {
    this.timeout(120_000);
    const lp = await api();
    const { uri } = await writeGeneratedPlan('lenses-1000-days.md', 1000);
    try {
      const model = await waitFor('the 1,000-day plan in the index', () => lp.index.get(uri), 60_000);
      assert.ok(model.days.length > 300, `${model.days.length} days`);
      const editor = await vscode.window.showTextDocument(uri);
      editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      const lensLines = async (): Promise<number[]> => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        return [...new Set(lenses.filter((l) => /Mark complete/.test(l.command?.title ?? '')).map((l) => l.range.start.line))];
      };
      const top = await waitFor('lenses at the top', async () => {
        const lines = await lensLines();
        return lines.length > 0 && lines;
      });
      const last = model.days[model.days.length - 1].line;
      assert.ok(top.includes(model.days[0].line), 'the first day has its lens');
      assert.ok(top.length < model.days.length / 2, `only the days around the visible lines: ${top.length} of ${model.days.length}`);
      assert.ok(!top.includes(last), 'not the last day, far below');
      // Scrolling far away makes the provider ask VS Code for new lenses (VS Code asks again only then).
      let asked = 0;
      const subscription = lp.codeLens.onDidChangeCodeLenses(() => asked++);
      try {
        editor.revealRange(new vscode.Range(last, 0, last, 0), vscode.TextEditorRevealType.InCenter);
        await waitFor('the provider to ask for new lenses after scrolling', () => asked > 0);
      } finally {
        subscription.dispose();
      }
      await waitFor('lenses around the end after scrolling', async () => (await lensLines()).includes(last));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});

describe('A long plan opened in an editor', () => {
  it('is made ready for its first keystroke while nothing is typed, and stays ready through a rescan', async function () {
    this.timeout(120_000);
    const lp = await api();
    const { uri, text } = await writeGeneratedPlan('ready-to-type.md', 400);
    assert.ok(text.length > 128 * 1024, `${text.length} characters`);
    const ready = (): boolean => lp.reusedPieces(lp.index.get(uri)!) !== undefined;
    try {
      await waitFor('the plan in the index', () => lp.index.get(uri), 60_000);
      assert.ok(!ready(), 'read from disk, it keeps nothing for typing');
      await vscode.window.showTextDocument(uri);
      await waitFor('the plan made ready for typing', () => lp.index.pendingWork === 0 && ready(), 60_000);
      // A rescan takes the open document again (as a window reload does): it stays ready.
      await lp.index.rescan();
      await waitFor('the rescan settled', () => lp.index.pendingWork === 0, 60_000);
      assert.ok(ready(), 'still ready after a rescan');
      // (What it kept is let go when VS Code closes the document, which it does in its own time after the editor
      // closes: a unit test covers SteppedParses.editorClosed.)
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
      await waitFor('the plan gone', () => !lp.index.get(uri));
    }
  });
});

describe('A long plan with HTML at its top and code in it', () => {
  it('is cut into pieces all the same: a keystroke in a day re-parses only its piece', async function () {
    // A `<!-- comment -->` or a `<details>` at the top, or Python's `-> list[str]:` in a fence, kept a plan whole
    // until 2026-11-30: every keystroke parsed it all.
    this.timeout(120_000);
    const lp = await api();
    const top = '<!-- My plan, from the template -->\n\n<details>\n<summary>How I use it</summary>\n\nA box a day.\n</details>\n\n';
    const code = '\n```python\ndef first(items: list[str]) -> list[str]:\n    return items[1:]\n```\n';
    const { uri } = await writeGeneratedPlan('html-and-code.md', 400, top, code);
    try {
      await waitFor('the plan in the index', () => lp.index.get(uri), 60_000);
      const editor = await vscode.window.showTextDocument(uri);
      await waitFor('the plan made ready for typing', () => lp.index.pendingWork === 0 && lp.reusedPieces(lp.index.get(uri)!) !== undefined, 60_000);
      const day = lp.index.get(uri)!.days[200];
      assert.ok(await editor.edit((edit) => edit.insert(editor.document.lineAt(day.line).range.end, 'Z')), 'the keystroke applied');
      lp.index.update(editor.document);
      const plan = lp.index.get(uri)!;
      assert.match(plan.days[200].title, /Z$/);
      const pieces = lp.reusedPieces(plan);
      assert.ok(pieces && pieces.total > 2 && pieces.reused >= pieces.total - 2, `the keystroke re-parsed only its piece: ${JSON.stringify(pieces)}`);
    } finally {
      await revertAndDelete(lp, uri);
    }
  });
});
