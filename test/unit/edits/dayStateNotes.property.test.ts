/**
 * What a toggle says of the days holding its tasks (dayStateNotes.ts counts the parser's done rule by hand, a review's
 * worry: it could drift) against the plan parsed again after the toggle: a day said complete is done there and was
 * not before; one said open again was done and is not.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { allTasks, applyTextEdits, dayName, isDayMark, toggleTasks } from '../../../src/core';
import { Recount } from '../../../src/core/edits/dayStateNotes';
import { Lines } from '../../../src/core/edits/textEdit';
import type { PlanNode } from '../../../src/core';
import { document, runs, seedOf } from '../fuzz/documents';
import { parse } from '../helpers';

/** `text` with `⏭` after the first `count` day headings and in the status of as many tracker rows marked done. */
function withSkipSigns(text: string, count: number): string {
  let headings = 0;
  let rows = 0;
  return text
    .replace(/^(#{1,6}[ \t]+[^\r\n]*\d[^\r\n]*?)[ \t]*(?=\r?$)/gm, (line: string, heading: string) => (headings++ < count ? `${heading} \u23ED` : line))
    .replace(/\| (?:Done|\u2705|\[x\])[ \t]*(?=\r?$)/gm, (cell: string) => (rows++ < count ? '| \u23ED' : cell));
}

/** Every node of a plan, depth first. */
function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(nodesOf)];
}

describe('a toggle says what it does to the days holding its tasks, as the plan parsed again has it', () => {
  it('the recount of a plan with nothing changed is the parser\'s count, node by node', () => {
    fc.assert(
      fc.property(document, fc.nat(3), (generated, skips) => {
        const doc = { ...generated, text: withSkipSigns(generated.text, skips) };
        const plan = parse(doc.text);
        const recount = new Recount(new Lines(doc.text), plan, new Map());
        for (const node of nodesOf(plan.root)) {
          const count = recount.of(node);
          const got = { ...node.progress, done: node.done, skipped: node.skipped };
          const want = { tasksTotal: count.tasksTotal, tasksDone: count.tasksDone, daysTotal: count.daysTotal, daysDone: count.daysDone, done: count.done, skipped: count.skipped };
          assert.deepStrictEqual(want, { tasksTotal: got.tasksTotal, tasksDone: got.tasksDone, daysTotal: got.daysTotal, daysDone: got.daysDone, done: got.done, skipped: got.skipped }, `line ${node.line} (${node.kind} ${node.title}) of\n${doc.text}`);
        }
      }),
      { seed: seedOf(20261130), numRuns: runs(1000) },
    );
  });

  it('over generated plans, toggling one task or two', function () {
    this.timeout(120_000);
    const said = { complete: 0, open: 0 };
    fc.assert(
      fc.property(document, fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), fc.nat(3), (generated, a, b, two, stamps, skips) => {
        // Skip signs the generator writes none of: a `⏭` on a day heading, a tracker row's status (a review's).
        const doc = { ...generated, text: withSkipSigns(generated.text, skips) };
        const plan = parse(doc.text);
        if (plan.journal) return;
        const tasks = allTasks(plan.root);
        if (tasks.length === 0) return;
        const chosen = [...new Set([tasks[a % tasks.length], ...(two ? [tasks[b % tasks.length]] : [])])];
        // Stamps on or off: a heading's box checked writes a ✅ on its title only with a date (a review's).
        const outcome = toggleTasks(doc.text, chosen, stamps ? '2026-11-20' : null, plan);
        if (!outcome.ok) return;
        const after = parse(applyTextEdits(doc.text, outcome.edits));
        if (after.days.length !== plan.days.length) return; // a toggle that moves structure (a day's own box) says its own
        // Each day named once (`Day 5` and a round's `R1D5` are both "Day 5": a note names either).
        if (new Set(plan.days.map((d) => dayName(d))).size !== plan.days.length) return;
        plan.days.forEach((day, i) => {
          const label = dayName(day);
          const now = after.days[i];
          const completes = outcome.summary.includes(`; ${label} is complete: all its tasks are checked`);
          const reopens = outcome.summary.includes(`; ${label} is open again: not all its tasks are checked`);
          if (completes) assert.ok(!day.done && now.done, `${label} said complete: ${outcome.summary}\n${doc.text}`);
          if (reopens) assert.ok(day.done && !now.done, `${label} said open again: ${outcome.summary}\n${doc.text}`);
          said.complete += completes ? 1 : 0;
          said.open += reopens ? 1 : 0;
          // And the other way: a day whose state the toggle changed says so (unless a task toggled is its own mark).
          if (chosen.some((task) => isDayMark(day, task))) return;
          if (!day.done && now.done) assert.ok(completes, `${label} became done unsaid: ${outcome.summary}\n${doc.text}`);
          if (day.done && !now.done) assert.ok(reopens, `${label} reopened unsaid: ${outcome.summary}\n${doc.text}`);
        });
      }),
      { seed: seedOf(1720753810), numRuns: runs(300) },
    );
    // The notes were said at all (each kind is rare in generated plans: one may miss a run's seed).
    assert.ok(said.complete + said.open > 0, `the generated plans said nothing: ${JSON.stringify(said)}`);
  });
});
