import * as vscode from 'vscode';
import { TooLargeNotice } from '../../src/extension/index/tooLargeNotice';
import * as assert from './assert';
import { scriptedLearner, workspaceUri, type Question } from './helpers';

/** The part of VS Code's Memento the notice uses, kept in memory: one per simulated window. */
class MemoryMemento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

// Issue 18 (notifications per the UX guidelines): a one-time notice says it once per session and can be
// turned off for good. Notifications cannot be clicked from here (the test driver hides them), so a scripted
// learner answers through the same port the notice asks through.
describe('The too-large-file notice', () => {
  const huge = (name: string): vscode.Uri => workspaceUri('hostile', name);

  it('is shown once per window, however many files are too large', async () => {
    const asked: Question[] = [];
    const notice = new TooLargeNotice(new MemoryMemento() as unknown as vscode.Memento, scriptedLearner(() => undefined, asked));
    notice.skipped(huge('a.md'), 6 * 1024 * 1024);
    notice.skipped(huge('b.md'), 7 * 1024 * 1024);
    notice.skipped(huge('a.md'), 6 * 1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.strictEqual(asked.length, 1);
    assert.match(asked[0].text, /^Learning Plans: .*a\.md is not indexed: at 6144 KB it is over the size limit/);
    assert.deepStrictEqual(asked[0].buttons, ['Open Settings', 'Don\'t Show Again']);
    assert.deepStrictEqual(notice.files, [huge('a.md').toString(), huge('b.md').toString()]);
  });

  it('"Don\'t Show Again" is remembered: the next window says nothing (the skips are still logged and listed)', async () => {
    const memory = new MemoryMemento();
    const asked: Question[] = [];
    const first = new TooLargeNotice(memory as unknown as vscode.Memento, scriptedLearner((q) => (q.kind === 'message' ? 'Don\'t Show Again' : undefined), asked));
    first.skipped(huge('a.md'), 6 * 1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.strictEqual(asked.length, 1);
    assert.deepStrictEqual(memory.keys(), ['learningPlans.notice.tooLarge.off']);
    const next = new TooLargeNotice(memory as unknown as vscode.Memento, scriptedLearner(() => undefined, asked));
    next.skipped(huge('b.md'), 6 * 1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.strictEqual(asked.length, 1, 'not asked again');
    assert.deepStrictEqual(next.files, [huge('b.md').toString()]);
  });

  it('dismissed, it comes back in the next window', async () => {
    const memory = new MemoryMemento();
    const asked: Question[] = [];
    new TooLargeNotice(memory as unknown as vscode.Memento, scriptedLearner(() => undefined, asked)).skipped(huge('a.md'), 6 * 1024 * 1024);
    new TooLargeNotice(memory as unknown as vscode.Memento, scriptedLearner(() => undefined, asked)).skipped(huge('a.md'), 6 * 1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.strictEqual(asked.length, 2);
    assert.deepStrictEqual(memory.keys(), []);
  });
});
