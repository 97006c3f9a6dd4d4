import * as assert from 'assert';
import type * as vscode from 'vscode';
import { RevealToday, type RevealView } from '../../src/extension/tree/revealToday';
import type { TreeElement } from '../../src/extension/tree/treeElements';

const PLAN = 'file:///plans/sql.md';

/** A listener list standing for a vscode.Event (the port's events are only listened to). */
function emitter<T>(): { event: vscode.Event<T>; fire: (value: T) => void } {
  const listeners: ((value: T) => unknown)[] = [];
  const event = ((listener: (value: T) => unknown) => {
    listeners.push(listener);
    return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
  }) as vscode.Event<T>;
  return { event, fire: (value) => listeners.forEach((listener) => listener(value)) };
}

/**
 * A tree view that drops the first `drops` reveals, as VS Code drops one reaching it while it draws the tree again
 * (it resolves, says nothing, and the plan row stays collapsed); a reveal that takes expands the plan row.
 */
function droppingView(drops: number): { view: RevealView; reveals: () => number; collapse: () => void } {
  const collapsed = emitter<vscode.TreeViewExpansionEvent<TreeElement>>();
  const expanded = emitter<vscode.TreeViewExpansionEvent<TreeElement>>();
  const plan = { type: 'plan', id: PLAN } as unknown as TreeElement;
  let calls = 0;
  const view = {
    visible: true,
    reveal: async () => {
      calls++;
      if (calls > drops) expanded.fire({ element: plan });
    },
    onDidChangeVisibility: emitter<vscode.TreeViewVisibilityChangeEvent>().event,
    onDidCollapseElement: collapsed.event,
    onDidExpandElement: expanded.event,
  } as RevealView;
  return { view, reveals: () => calls, collapse: () => collapsed.fire({ element: plan }) };
}

const today = {
  summary: { activePlan: { uri: PLAN, days: [{ line: 3 }] }, currentDay: { line: 3 }, today: '2026-11-30' },
  onDidChange: emitter<void>().event,
} as unknown as ConstructorParameters<typeof RevealToday>[0];

/** A today service whose date and current day the test moves, firing its change. */
function movingToday(): { service: ConstructorParameters<typeof RevealToday>[0]; move: (date: string, line: number) => void } {
  const changed = emitter<void>();
  const state = { summary: { activePlan: { uri: PLAN, days: [{ line: 3 }, { line: 9 }] }, currentDay: { line: 3 }, today: '2026-11-30' } };
  const service = { get summary() { return state.summary; }, onDidChange: changed.event } as unknown as ConstructorParameters<typeof RevealToday>[0];
  return {
    service,
    move: (date, line) => {
      state.summary = { ...state.summary, currentDay: { line }, today: date };
      changed.fire();
    },
  };
}
const tree = { findNode: () => ({ type: 'day', id: `${PLAN}#3` }) } as unknown as ConstructorParameters<typeof RevealToday>[1];

const settle = async (reveal: RevealToday): Promise<void> => {
  for (let i = 0; i < 200 && reveal.busy; i++) await new Promise((resolve) => setTimeout(resolve, 2));
};

describe('RevealToday: the tree shows today, through reveals VS Code drops', () => {
  it('tries again, later each time, until the plan row opens (one retry was not enough in a slow web host)', async () => {
    const { view, reveals, collapse } = droppingView(3);
    const reveal = new RevealToday(today, tree, view, () => undefined, 1);
    collapse();
    try {
      await settle(reveal);
      assert.strictEqual(reveals(), 4, 'three dropped, the fourth took');
      assert.strictEqual(reveal.revealCount, 1);
      assert.strictEqual(await reveal.reveal(), false, 'once: the same day is not revealed again');
      assert.strictEqual(reveals(), 4);
    } finally {
      reveal.dispose();
    }
  });

  it('gives up after four retries: a view that never opens the row is not asked forever', async () => {
    const { view, reveals, collapse } = droppingView(Infinity);
    const notes: string[] = [];
    const reveal = new RevealToday(today, tree, view, (message) => notes.push(message), 1);
    collapse();
    try {
      await settle(reveal);
      assert.strictEqual(reveals(), 5, 'the first and four more');
      assert.strictEqual(await reveal.reveal(), false);
      assert.strictEqual(reveals(), 5);
      assert.deepStrictEqual(notes, []);
    } finally {
      reveal.dispose();
    }
  });

  it('the same current day the next day has its retries again (they are a day\'s)', async () => {
    const { view, reveals, collapse } = droppingView(Infinity);
    const { service, move } = movingToday();
    const reveal = new RevealToday(service, tree, view, () => undefined, 1);
    collapse();
    try {
      await settle(reveal);
      assert.strictEqual(reveals(), 5);
      move('2026-12-01', 3);
      await settle(reveal);
      assert.strictEqual(reveals(), 10, 'the first and four more, the next day');
    } finally {
      reveal.dispose();
    }
  });

  it('a new current day is revealed at once, not after a pending retry\'s wait', async () => {
    const { view, reveals, collapse } = droppingView(1);
    const { service, move } = movingToday();
    const reveal = new RevealToday(service, tree, view, () => undefined, 60_000);
    collapse();
    try {
      for (let i = 0; i < 50 && reveals() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 2));
      assert.strictEqual(reveals(), 1, 'dropped: a retry waits a minute');
      move('2026-11-30', 9);
      for (let i = 0; i < 50 && reveals() === 1; i++) await new Promise((resolve) => setTimeout(resolve, 2));
      assert.strictEqual(reveals(), 2, 'the new day at once');
      assert.strictEqual(reveal.revealCount, 1);
    } finally {
      reveal.dispose();
    }
  });

  it('a row the learner keeps open is revealed once, with no retry', async () => {
    const { view, reveals } = droppingView(0);
    const reveal = new RevealToday(today, tree, view, () => undefined, 1);
    try {
      await settle(reveal);
      assert.strictEqual(reveals(), 1);
      assert.strictEqual(reveal.revealCount, 1);
    } finally {
      reveal.dispose();
    }
  });
});
