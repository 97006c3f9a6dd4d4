import * as assert from 'assert';
import fc from 'fast-check';
import { decode as decodeCp1252 } from 'windows-1252';
import {
  addLabLink, buildPlan, inMemoryDocument, Lines, markDayComplete, markDayIncomplete, repairEncoding, toggleTasks, type EditOutcome, type ParsedPlan, type PlanNode, type Task,
} from '../../../src/core';
import { applyThroughBytes } from '../edits/applyBytes';
import { splitIntoChunks } from '../../../src/core/parse/chunks';
import { tableCells } from '../../../src/core/grammar/lineSyntax';
import { countLines, lineStarts } from '../../../src/core/grammar/lines';
import { openStatus } from '../../../src/core/edits/tableRows';
import { mayBePlan } from '../../../src/core/grammar/signals';
import { parse } from '../helpers';
import { assertLinear } from '../linearTime';
import { assemble, boundaryTrap, document, fragment, nearMissDocument, runs, type GeneratedDocument } from './documents';

// Seeded: a failure prints its seed and path, and the same run reproduces it. `npm run fuzz` scales the runs up.
const SEED = Number(process.env.FUZZ_SEED || 20261121);
const D = '2026-11-21';

function allNodes(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

function allTasks(plan: ParsedPlan): Task[] {
  return allNodes(plan.root).flatMap((n) => n.tasks);
}

/** Every edit is applied through the production byte writer (the CLI's), never a test-only one. */
function apply(text: string, outcome: EditOutcome): string {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return applyThroughBytes(text, outcome.edits);
}

/** A model with every line at or after `from` moved down by `by`: what inserting lines there does to it. */
function shiftLines(plan: ParsedPlan, from: number, by: number): unknown {
  const at = (line: number): number => (line >= from ? line + by : line);
  const node = (n: PlanNode): unknown => ({
    ...n,
    line: n.kind === 'plan' ? 0 : at(n.line),
    titleEndLine: n.kind === 'plan' ? 0 : at(n.titleEndLine),
    // Where a heading's content starts is a boundary: lines inserted right there start its content.
    bodyLine: n.kind === 'plan' ? 1 : n.line < from && n.bodyLine === from ? n.bodyLine : at(n.bodyLine),
    endLine: at(n.endLine),
    tasks: n.tasks.map((t) => ({ ...t, line: at(t.line), lastLine: at(t.lastLine) })),
    links: n.links.map((l) => ({ ...l, line: at(l.line) })),
    fields: n.fields.map((f) => ({ ...f, line: at(f.line) })),
    sessions: n.sessions.map((m) => ({ ...m, line: at(m.line) })),
    pauses: n.pauses.map((m) => ({ ...m, line: at(m.line) })),
    children: n.children.map(node),
    // A day's tracker row moves with its table (a run of another seed found it left out).
    ...(n.mirror ? { mirror: { ...n.mirror, line: at(n.mirror.line) } } : {}),
  });
  return { root: node(plan.root), isPlan: plan.isPlan, frontMatter: plan.frontMatter, literalBlocks: plan.literalBlocks.map(([s, e]) => [at(s), at(e)]) };
}

/**
 * Whether a line is a row of a table: it holds a `|`, or it goes on a block of lines under a delimiter row (`bar`
 * under a table's rows is a row of one cell to markdown-it and GitHub: a run of another seed found a day there).
 */
function inTable(lines: Lines, line: number): boolean {
  if (lines.at(line).includes('|')) return true;
  for (let above = line - 1; above >= 0 && lines.at(above).trim() !== ''; above--) {
    if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(lines.at(above)) && lines.at(above).includes('|')) return true;
  }
  return false;
}

function changedLines(before: string, after: string): number[] {
  const a = new Lines(before);
  const b = new Lines(after);
  assert.strictEqual(a.count, b.count, 'the line count never changes');
  const changed: number[] = [];
  for (let i = 0; i < a.count; i++) if (a.at(i) !== b.at(i)) changed.push(i);
  return changed;
}

/** A line without its BOM and its container prefixes (blockquote `>`, list markers). */
function content(line: string): string {
  return line.replace(/^\uFEFF/, '').replace(/^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*)*/, '');
}

function isHeadingLine(lines: Lines, line: number): boolean {
  // Any indentation: inside a list item a heading may be indented (literal lines are checked separately).
  if (/^\s*#{1,6}(?:[ \t]|$)/.test(content(lines.at(line)))) return true;
  // Setext: the text line of a heading underlined by === or --- on the next line.
  // Its text may run over several lines: look for the underline before the paragraph ends.
  for (let next = line + 1; next < lines.count && content(lines.at(next)).trim() !== ''; next++) {
    if (/^\s*(?:=+|-+)[ \t]*$/.test(content(lines.at(next)))) return true;
  }
  return false;
}

const TOTAL = runs(10_000);
const share = (part: number): number => Math.max(1, Math.round(TOTAL * part));

describe(`fuzzing: ${TOTAL} generated plans per run (seed ${SEED})`, function () {
  this.timeout(600_000);

  it('the parser never throws; every task line holds its checkbox; every node is a heading outside code', () => {
    fc.assert(
      fc.property(document, (doc: GeneratedDocument) => {
        const plan = parse(doc.text);
        const lines = new Lines(doc.text);
        for (const task of allTasks(plan)) {
          assert.match(lines.at(task.line), /\[[ xX/-]\]/, `line ${task.line} holds a checkbox`);
          assert.ok(!doc.literalLines.has(task.line), `task on literal line ${task.line}`);
          assert.strictEqual(/\[[xX]\]/.test(lines.at(task.line).replace(/`[^`]*`/g, '')), task.checked, `checked state of line ${task.line}`);
        }
        for (const node of allNodes(plan.root).slice(1)) {
          if (node.form === 'heading') assert.ok(isHeadingLine(lines, node.line), `node "${node.title}" at line ${node.line} is not a heading: ${JSON.stringify(lines.at(node.line))}`);
          if (node.form === 'tableRow') assert.ok(inTable(lines, node.line), `table day "${node.title}" at line ${node.line}`);
          if (node.form === 'paragraph') assert.doesNotMatch(lines.at(node.line), /^\s{0,3}(?:#|>|[-*+] |\d+[.)] )/, `paragraph day "${node.title}" at line ${node.line}`);
          if (node.form === 'group') assert.strictEqual(node.line, node.children[0]?.line, `a round starts at its first day`);
          assert.ok(!doc.literalLines.has(node.line), `node "${node.title}" on literal line ${node.line}`);
          assert.ok(node.endLine > node.line && node.endLine <= lines.count);
        }
      }),
      { seed: SEED, numRuns: share(0.3) },
    );
  });

  // Every open task, also one that still carries a stale stamp: checking adds today's stamp after it,
  // unchecking removes that one again.
  it('toggling any open task changes only its lines, and toggling it back restores the exact bytes', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const plan = parse(doc.text);
        for (const task of allTasks(plan).filter((t) => t.status === 'open')) {
          const once = apply(doc.text, toggleTasks(doc.text, [task], D, plan));
          if (countLines(once) !== countLines(doc.text)) {
            // A recurring task got its next one above it (recurrence.test.ts): unchecked again, it stays.
            assert.ok(task.recurrence !== null, 'only a recurring task adds a line');
            const checked = allTasks(parse(once)).find((t) => t.line === task.line + 1);
            assert.ok(checked?.checked, 'the task is checked below its next one');
            const back = apply(once, toggleTasks(once, [checked], D));
            const starts = lineStarts(back);
            // (Written after the file's byte order mark, which stays first.)
            const from = starts[task.line] + (task.line === 0 && back.startsWith('\uFEFF') ? 1 : 0);
            assert.strictEqual(back.slice(0, from) + back.slice(starts[task.line + 1]), doc.text);
            continue;
          }
          assert.deepStrictEqual(changedLines(doc.text, once), [...new Set([task.line, task.lastLine])]);
          const again = allTasks(parse(once)).find((t) => t.line === task.line);
          assert.ok(again?.checked, 'the task is checked after a toggle');
          assert.strictEqual(apply(once, toggleTasks(once, [again], D)), doc.text);
        }
      }),
      { seed: SEED + 1, numRuns: share(0.2) },
    );
  });

  it('marking a day complete touches only its heading and its tasks; marking it incomplete restores an untouched day', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const plan = parse(doc.text);
        for (const day of plan.days) {
          const lines = new Lines(doc.text);
          // Its tracker row is its too: marking the day marks the row (trackerRows.ts; a run of another seed found it).
          const own = new Set([day.titleEndLine, ...(day.mirror ? [day.mirror.line] : []), ...allNodes(day).flatMap((n) => n.tasks.flatMap((t) => [t.line, t.lastLine]))]);
          const outcome = markDayComplete(doc.text, day, { date: D, checkTasks: true, journal: false });
          // A row with no title cell (`0` under a table's rows, a row of one cell) has no cell to hold the stamp: refused,
          // said so (a run of another seed's), as the lab link is.
          if (!outcome.ok && day.cells && tableCells(lines.at(day.line))[day.cells.title] === undefined && /has no title cell$/.test(outcome.message)) continue;
          const completed = apply(doc.text, outcome);
          for (const line of changedLines(doc.text, completed)) assert.ok(own.has(line), `line ${line} changed outside ${day.title}`);
          const reparsed = parse(completed).days.find((d) => d.line === day.line);
          assert.ok(reparsed?.done, 'the day is done');
          const title = Array.from({ length: day.titleEndLine - day.line + 1 }, (_, i) => lines.at(day.line + i)).join('\n');
          // In-progress boxes become done, then open: only a day of open (or cancelled) tasks comes back byte for byte.
          // A table row's status is replaced, and restored as the table's open mark (see openStatus: empty where
          // the other open rows do not agree on one), or an open box.
          const status = day.cells && day.cells.status !== null ? tableCells(lines.at(day.line))[day.cells.status] : undefined;
          const statusText = status ? lines.at(day.line).slice(status.start, status.end) : '';
          const openMark = day.cells ? openStatus(lines, day.line, day.cells) : '';
          // Its tracker row's status too (Mark Day Incomplete restores it as that table's open mark: a run of another
          // seed had `❌` beside an empty one, which comes back empty).
          const mirror = day.mirror ? tableCells(lines.at(day.mirror.line))[day.mirror.cells.status ?? -1] : undefined;
          const mirrorText = mirror && day.mirror ? lines.at(day.mirror.line).slice(mirror.start, mirror.end) : '';
          const mirrorOpen = !day.mirror || mirrorText === openStatus(lines, day.mirror.line, day.mirror.cells);
          const untouched = mirrorOpen && (statusText === openMark || statusText === '[ ]') && !day.done && !/\u2705/.test(title) && !allNodes(day).some((n) => n.tasks.some((t) => t.status === 'done' || t.status === 'inProgress' || /\u2705/.test(lines.at(t.line))));
          if (untouched) assert.strictEqual(apply(completed, markDayIncomplete(completed, reparsed)), doc.text);
        }
      }),
      { seed: SEED + 2, numRuns: share(0.2) },
    );
  });

  it('the lab link is one insertion under the day heading: the model gains that link and nothing else', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const before = parse(doc.text);
        for (const day of before.days) {
          const outcome = addLabLink(doc.text, day, 'day-001', '../labs/p/day-001/day-001.ipynb');
          // A row of one cell (`0` under a table's rows) has no title cell to hold the link: refused, said so.
          if (!outcome.ok && day.form === 'tableRow' && outcome.message === `the row of ${day.title} has no title cell`) continue;
          // An item day with indented text under it after a blank line: the link's item would take that text in.
          if (!outcome.ok && day.form === 'item' && outcome.message.startsWith('the indented text under')) continue;
          assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
          if (outcome.edits.length === 0) continue;
          assert.strictEqual(outcome.edits.length, 1);
          const [edit] = outcome.edits;
          assert.deepStrictEqual(edit.range.start, edit.range.end, 'an insertion, nothing replaced');
          const after = apply(doc.text, outcome);
          const at = new Lines(doc.text).offsetAt(edit.range.start);
          assert.strictEqual(after.slice(0, at) + after.slice(at + edit.newText.length), doc.text);
          // The model after is the model before, its lines moved down, plus the link (and its Lab field) on the day.
          const added = new Lines(edit.newText).count - 1;
          const firstNew = edit.range.start.character === 0 ? edit.range.start.line : edit.range.start.line + 1;
          const linked = parse(after);
          const day2 = linked.days.find((d) => d.line === (day.line >= firstNew ? day.line + added : day.line));
          assert.ok(day2, 'the day is still there');
          const link = day2.links.find((l) => l.target.endsWith('day-001.ipynb'));
          assert.ok(link, `the day links its lab: ${JSON.stringify(after)}`);
          const field = day2.fields.find((f) => f.name === 'Lab' && f.line === link.line);
          (day2 as { links: readonly unknown[] }).links = day2.links.filter((l) => l !== link);
          (day2 as { fields: readonly unknown[] }).fields = day2.fields.filter((f) => f !== field);
          // ...and so its body holds something written now.
          (day2 as { written: boolean }).written = day.written;
          assert.deepStrictEqual(shiftLines(linked, Infinity, 0), shiftLines(before, firstNew, added), `only the link was added: ${JSON.stringify(after)}`);
        }
      }),
      { seed: SEED + 3, numRuns: share(0.15) },
    );
  });

  const mangle = (text: string): string => decodeCp1252(new TextEncoder().encode(text));
  const damageable = fc.constantFrom('\u{1F3AF}', '\u{1F4DA}', '\u2014', '\u2728', '\u00fc', '\u2192');

  it('encoding repair restores mangled prose exactly, leaves code and correct text alone', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 20 }), damageable, fc.constantFrom<'lf' | 'crlf'>('lf', 'crlf'), fc.boolean(), (fragments, char, eol, bom) => {
        const intact = assemble(fragments, eol, bom);
        const clean = repairEncoding(intact.text, parse(intact.text));
        assert.ok(clean.ok);
        const cleanFixes = clean.edits.length;
        // Mangle one prose line (appended, outside any code), then repair.
        const proseLine = `Note ${char} end`;
        const damaged = assemble([...fragments.filter((f) => !f.swallowsRest), { lines: [mangle(proseLine)], literal: [] }], eol, bom);
        const expected = assemble([...fragments.filter((f) => !f.swallowsRest), { lines: [proseLine], literal: [] }], eol, bom);
        const damagedPlan = parse(damaged.text);
        const repaired = apply(damaged.text, repairEncoding(damaged.text, damagedPlan));
        // The appended line may still be literal when a generated string opened an HTML block (`<?`, `<div`).
        const last = new Lines(damaged.text).count - 2;
        const literal = damagedPlan.literalBlocks.some(([start, end]) => last >= start && last < end);
        if (cleanFixes === 0 && !literal) assert.strictEqual(repaired, expected.text);
        for (const line of changedLines(damaged.text, repaired)) assert.ok(!damaged.literalLines.has(line), `literal line ${line} changed`);
      }),
      { seed: SEED + 4, numRuns: share(0.15) },
    );
  });

  it('a document parsed in pieces cut at every safe heading has the same model as parsed whole', () => {
    const documentWithBoundaries = fc
      .tuple(fc.array(fc.oneof({ arbitrary: fragment, weight: 10 }, { arbitrary: boundaryTrap, weight: 1 }), { minLength: 4, maxLength: 30 }), fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'crlf', 'mixed'))
      .map(([fragments, eol]) => assemble(fragments, eol, false).text);
    let cut = 0;
    let total = 0;
    fc.assert(
      fc.property(documentWithBoundaries, (text) => {
        const doc = inMemoryDocument('file:///pieces.md', text);
        total++;
        if (splitIntoChunks(text, 1).length > 1) cut++;
        assert.deepStrictEqual(buildPlan(doc, { chunkChars: 1 }), buildPlan(doc, { chunkChars: Infinity }));
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
    // Not vacuous: most documents were cut at least once (the rest hold a trap that stops cutting).
    assert.ok(cut / total > 0.5, `only ${cut} of ${total} documents were cut`);
  });

  it('near misses of every reading rule stay non-plans (prose days, price tables, meeting notes, one weekday)', () => {
    fc.assert(
      fc.property(nearMissDocument, (text) => {
        const plan = parse(text);
        assert.strictEqual(plan.isPlan, false, `a false plan: ${JSON.stringify(text)} -> ${plan.days.map((d) => d.title).join(', ')}`);
      }),
      { seed: SEED + 5, numRuns: share(0.1) },
    );
  });

  it('the pre-filter reference never rejects a plan: every plan holds one of the plan signals', () => {
    fc.assert(
      fc.property(document, (doc) => {
        if (parse(doc.text).isPlan) assert.ok(mayBePlan(doc.text, 'plan.md'), `a plan the pre-filter would skip: ${JSON.stringify(doc.text)}`);
      }),
      { seed: SEED + 6, numRuns: share(0.1) },
    );
  });

  it('parse time grows linearly: from 10x to 100x the text, the time grows far less than a square', () => {
    // 40 generated fragments at 1x (~4 KB), repeated to 10x and 100x; see linearTime.ts for the margin.
    const small = assemble(fc.sample(fragment, { seed: SEED, numRuns: 40 }), 'lf', false).text;
    let n = 0;
    const growth = assertLinear('parsing', (scale) => small.repeat(scale), (text) => parse(text, `file:///t${n++}.md`));
    console.log(`      (measured: ${(small.length / 1024).toFixed(0)} KB at 1x; 10x -> 100x took ${growth.lastStep.toFixed(1)}x the time)`);
  });
});
