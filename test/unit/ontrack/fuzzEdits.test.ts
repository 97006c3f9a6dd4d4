import * as assert from 'assert';
import fc from 'fast-check';
import { Lines, logSession, plannedDateEdit, skipDayEdit, type ParsedPlan, type PlanNode } from '../../../src/core';
import { applyThroughBytes } from '../edits/applyBytes';
import { document, runs } from '../fuzz/documents';
import { parse } from '../helpers';

// The fuzz suite's generated plans, through the edits of issue 20 (same seed scheme, a smaller share).
const SEED = Number(process.env.FUZZ_SEED || 20261121) + 20;
const SESSION = { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 };

function changed(before: string, after: string): number[] {
  const a = new Lines(before);
  const b = new Lines(after);
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.count, b.count); i++) if (a.at(i) !== b.at(i)) out.push(i);
  return out;
}

/** What a day is, for comparing models before and after an edit that must not change it. */
function shape(plan: ParsedPlan): unknown {
  const node = (n: PlanNode): unknown => [n.kind, n.title, n.number, n.done, n.progress, n.tasks.map((t) => [t.text, t.status]), n.children.map(node)];
  return node(plan.root);
}

describe(`fuzzing the schedule and session edits: ${runs(600)} generated plans`, function () {
  this.timeout(600_000);

  it('a 📅 date or a ⏭ mark changes only the day\'s title line, is read back, and leaves the title and structure alone', () => {
    fc.assert(fc.property(document, (doc) => {
      const plan = parse(doc.text);
      for (const day of plan.days) {
        const lines = new Lines(doc.text);
        const edit = plannedDateEdit(lines, day, '2026-12-01');
        if (typeof edit === 'string') {
          assert.notStrictEqual(day.form, 'heading', edit);
          continue;
        }
        const after = applyThroughBytes(doc.text, [edit]);
        assert.deepStrictEqual(changed(doc.text, after), [day.titleEndLine]);
        const again = parse(after).days.find((d) => d.line === day.line);
        assert.ok(again, 'the day is still there');
        assert.strictEqual(again.planned, '2026-12-01', JSON.stringify(new Lines(after).at(day.titleEndLine)));
        assert.deepStrictEqual([again.title, again.done, again.number], [day.title, day.done, day.number]);
        if (day.done) continue;
        const skip = skipDayEdit(lines, day, '2026-11-22');
        if (typeof skip === 'string') continue;
        const skipped = parse(applyThroughBytes(doc.text, skip)).days.find((d) => d.line === day.line);
        // A heading task cancelled with all its other tasks done is a done day (done wins over skipped).
        assert.ok(skipped?.skipped || skipped?.done, 'the day is skipped');
        assert.strictEqual(skipped.title, day.title);
      }
    }), { seed: SEED, numRuns: runs(600) });
  });

  it('a session line is one insertion after the day\'s content: the model gains that session and nothing else', () => {
    let written = 0;
    let refused = 0;
    fc.assert(fc.property(document, (doc) => {
      const plan = parse(doc.text);
      for (const day of plan.days) {
        const outcome = logSession(doc.text, plan, day, SESSION);
        if (!outcome.ok) {
          assert.match(outcome.message, /table|code block|by hand/);
          if (day.form !== 'tableRow') refused++;
          continue;
        }
        written++;
        const [edit] = outcome.edits;
        assert.deepStrictEqual(edit.range.start, edit.range.end, 'an insertion');
        const after = applyThroughBytes(doc.text, outcome.edits);
        const at = new Lines(doc.text).offsetAt(edit.range.start);
        assert.strictEqual(after.slice(0, at) + after.slice(at + edit.newText.length), doc.text, 'nothing else changed');
        const logged = parse(after);
        assert.deepStrictEqual(shape(logged), shape(plan), `the structure is unchanged: ${JSON.stringify(after)}`);
        const holder = logged.days.find((d) => d.line === day.line);
        const sessions = (n: PlanNode): number => n.sessions.length + n.children.reduce((s, c) => s + sessions(c), 0);
        assert.strictEqual(holder && sessions(holder), sessions(day) + 1, `the day holds the session: ${JSON.stringify(after)}`);
      }
    }), { seed: SEED + 1, numRuns: runs(600) });
    assert.ok(refused < written / 10, `most sessions are written (${written} written, ${refused} refused, days in tables left out)`);
  });
});
