import * as assert from 'assert';
import fc from 'fast-check';
import { buildPlan, inMemoryDocument, Lines, markDayComplete, markDayIncomplete, toggleTasks, type ParsedPlan } from '../../src/core';
import { applyThroughBytes } from './edits/applyBytes';

const D = '2026-11-21';
const SEED = 20261121;

/** Plan fragments, including the traps: fences, near-miss tasks, stamps, odd markers and closers. */
const fragment = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((n) => `### Day ${n} - Topic`),
  fc.integer({ min: 1, max: 400 }).map((n) => `## **Day ${n}** ##`),
  fc.constantFrom('## Week 1', '# Month 2', '#### Notes', 'Setext title', '======'),
  fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), fc.constantFrom('-', '*', '+', '1.', '2)'), fc.constantFrom('[ ]', '[ ]', '[x]', '[X]'), fc.string({ maxLength: 12 }))
    .map(([indent, marker, box, text]) => `${indent}${marker} ${box} ${text.replace(/[\r\n]/g, ' ')}`),
  fc.constantFrom('- [] near miss', '-[ ] near miss', '> - [ ] quoted task', 'plain text with \u2705 inside', 'Text \uFFFD with emoji \u{1F3AF}'),
  fc.constantFrom('```\n- [ ] fenced\n### Day 999\n```', '~~~\n- [x] fenced\n~~~', '<!--\n- [ ] hidden\n-->', ''),
);

const document = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([parts, eol, bom]) => (bom ? '\uFEFF' : '') + parts.join('\n').replace(/\n/g, eol) + eol);

function parse(text: string): ParsedPlan {
  return buildPlan(inMemoryDocument('mem.md', text));
}

function apply(text: string, outcome: ReturnType<typeof toggleTasks>): string {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return applyThroughBytes(text, outcome.edits);
}

function changedLines(before: string, after: string): number[] {
  const a = new Lines(before);
  const b = new Lines(after);
  assert.strictEqual(a.count, b.count, 'the line count never changes');
  const changed: number[] = [];
  for (let i = 0; i < a.count; i++) if (a.at(i) !== b.at(i)) changed.push(i);
  return changed;
}

describe('progress edits: properties on generated plans', () => {
  it('toggling an unstamped open task twice gives back the same bytes, and only its line changes', () => {
    fc.assert(
      fc.property(document, (text) => {
        for (const task of parse(text).days.flatMap((d) => d.tasks).concat(parse(text).root.tasks).filter((t) => !t.checked)) {
          const once = apply(text, toggleTasks(text, [task], D));
          // A task's stamp goes at the end of its text, which may wrap onto a later line.
          assert.deepStrictEqual(changedLines(text, once), [...new Set([task.line, task.lastLine])]);
          const again = parse(once);
          const same = [...again.root.tasks, ...again.days.flatMap((d) => d.tasks)].find((t) => t.line === task.line)!;
          assert.ok(same.checked);
          assert.strictEqual(apply(once, toggleTasks(once, [same], D)), text);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('completing then uncompleting a day with no stamps or checks gives back the same bytes', () => {
    fc.assert(
      fc.property(document, (text) => {
        const plan = parse(text);
        for (const day of plan.days) {
          const lines = new Lines(text);
          const title = Array.from({ length: day.titleEndLine - day.line + 1 }, (_, i) => lines.at(day.line + i)).join('\n');
          const untouched = !/\u2705/.test(title) && !day.progress.tasksDone;
          const completed = apply(text, markDayComplete(text, day, { date: D, checkTasks: true, journal: false }));
          const taskLines = plan.days.filter((d) => d === day).flatMap(() => collectLines(day));
          for (const line of changedLines(text, completed)) {
            assert.ok(line === day.titleEndLine || taskLines.includes(line), `line ${line} changed outside Day ${day.number}`);
          }
          const reparsed = parse(completed).days.find((d) => d.line === day.line)!;
          assert.ok(reparsed.done, 'the day is done after Mark Day Complete');
          if (untouched) assert.strictEqual(apply(completed, markDayIncomplete(completed, reparsed)), text);
        }
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });
});

function collectLines(node: ParsedPlan['root']): number[] {
  return [...node.tasks.flatMap((t) => [t.line, t.lastLine]), ...node.children.flatMap(collectLines)];
}
