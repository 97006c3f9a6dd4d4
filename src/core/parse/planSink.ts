/**
 * What the token reader (buildPlan.ts) tells the tree builder, as calls that can be recorded. A plan
 * parsed for typing (`reparsePlan`) records each piece's calls (pieces: chunks.ts), with everything
 * they carry already read from the tokens (titles, tasks, links, fields), so that a piece whose text
 * did not change is replayed into a new builder instead of parsed again; its lines shift by how many
 * lines the edit added above it. A recording holds no token: it is small next to the model.
 */
import type { Field, Link, Pause, StudySession, Task } from '../model';
import type { StampInfo } from '../stamps';
import type { HeadingClass } from './classifyHeading';
import type { DayMarks, HeadingLines, PlanBuilder } from './planBuilder';
import type { BoxlessItem } from './itemDays';
import type { DraftNode } from './draftNode';

/** The builder's side of the reader: the calls, in document order. */
export interface PlanSink {
  readonly planTitle: string;
  heading(level: number, at: HeadingLines, title: string, heading: HeadingClass, stamp: StampInfo, task: Task | null, links: readonly Link[], marks: DayMarks): void;
  /**
   * `plain`: written `Day 2: text`, not bold, not `Day 3/100`, not `R1D1` (a travel diary writes days so too); `skipped`:
   * its line ends in a skip mark (`⏭ 2026-12-01`).
   */
  paragraphDay(title: string, at: HeadingLines, heading: HeadingClass, stamp: StampInfo, plain: boolean, skipped: boolean): void;
  /** `plain`: its table says nothing of study (see dayTables.plainTable), nor does the row (no mark): a trip's, a budget's. */
  tableDay(node: DraftNode, plain: boolean): void;
  /**
   * A checkbox item that reads as a day (`- [ ] Day 2: JOINs`): `task` its box, `endLine` where the item ends; or an
   * item with no box (`- Day 2: JOINs`, `boxless` its title and marks). False where it is no day (inside one).
   */
  itemDay(at: HeadingLines, endLine: number, list: number, heading: HeadingClass, task: Task | null, stamped: boolean, boxless?: BoxlessItem | null): boolean;
  /** The open node's line, for a token without a line of its own (never seen from markdown-it's block rules). */
  currentLine(): number;
  /**
   * Content (a paragraph, a list item, a cell) of the open node: its task, links and fields. The lists are
   * the reader's, reused: read them during the call, copy them to keep them. `note`: it holds something the learner
   * wrote (not only the lab link the scaffold writes: see contentReaders.ts).
   */
  inline(task: Task | null, links: readonly Link[], fields: readonly Field[], note: boolean): void;
  /** `⏱` session and `⏸` pause lines of the open node's content. */
  lineMarks(sessions: readonly StudySession[], pauses: readonly Pause[]): void;
  literal(from: number, to: number): void;
}

/** Passes every call straight to the builder: a plain parse. */
export class DirectSink implements PlanSink {
  constructor(
    private readonly builder: PlanBuilder,
    private readonly literalBlocks: [number, number][],
  ) {}

  get planTitle(): string {
    return this.builder.planTitle;
  }

  heading(level: number, at: HeadingLines, title: string, heading: HeadingClass, stamp: StampInfo, task: Task | null, links: readonly Link[], marks: DayMarks): void {
    this.builder.heading(level, at, title, heading, stamp, task, links, marks);
  }

  paragraphDay(title: string, at: HeadingLines, heading: HeadingClass, stamp: StampInfo, plain: boolean, skipped: boolean): void {
    this.builder.paragraphDay(title, at, heading, stamp, plain, skipped);
  }

  tableDay(node: DraftNode, plain: boolean): void {
    this.builder.tableDay(node, plain);
  }

  itemDay(at: HeadingLines, endLine: number, list: number, heading: HeadingClass, task: Task | null, stamped: boolean, boxless: BoxlessItem | null = null): boolean {
    return this.builder.itemDay(at, endLine, list, heading, task, stamped, boxless);
  }

  currentLine(): number {
    return this.builder.current.line;
  }

  inline(task: Task | null, links: readonly Link[], fields: readonly Field[], note: boolean): void {
    this.builder.inline(task, links, fields, note);
  }

  lineMarks(sessions: readonly StudySession[], pauses: readonly Pause[]): void {
    this.builder.lineMarks(sessions, pauses);
  }

  literal(from: number, to: number): void {
    this.literalBlocks.push([from, to]);
  }
}

const HEADING = 0;
const PARAGRAPH_DAY = 1;
const TABLE_DAY = 2;
const INLINE = 3;
const LITERAL = 4;
const LINE_MARKS = 5;
const ITEM_DAY = 6;

type Call =
  | { readonly op: typeof HEADING; readonly level: number; readonly at: HeadingLines; readonly title: string; readonly heading: HeadingClass; readonly stamp: StampInfo; readonly task: Task | null; readonly links: readonly Link[]; readonly marks: DayMarks }
  | { readonly op: typeof LINE_MARKS; readonly sessions: readonly StudySession[]; readonly pauses: readonly Pause[] }
  | { readonly op: typeof PARAGRAPH_DAY; readonly title: string; readonly at: HeadingLines; readonly heading: HeadingClass; readonly stamp: StampInfo; readonly plain: boolean; readonly skipped: boolean }
  | { readonly op: typeof TABLE_DAY; readonly node: DraftNode; readonly plain: boolean }
  | { readonly op: typeof ITEM_DAY; readonly at: HeadingLines; readonly endLine: number; readonly list: number; readonly heading: HeadingClass; readonly task: Task | null; readonly stamped: boolean; readonly boxless: BoxlessItem | null }
  | { readonly op: typeof INLINE; readonly task: Task | null; readonly links: readonly Link[]; readonly fields: readonly Field[]; readonly note: boolean }
  | { readonly op: typeof LITERAL; readonly from: number; readonly to: number };

/** One piece's calls, made on the builder as they come and kept, with the lines they were made at. */
export class Recording implements PlanSink {
  readonly calls: Call[];
  /** A call that depended on the builder's state (a line taken from the open node): never replayed elsewhere. */
  placeless = false;
  /** The builder's side while the piece is read; dropped after, so a kept recording keeps no builder. */
  private sink: DirectSink | null;

  /** Records the calls of a piece starting at `firstLine` while passing them to the builder (none: closed, holding `calls`). */
  constructor(builder: PlanBuilder | null, literalBlocks: [number, number][], readonly firstLine: number, calls: Call[] = []) {
    this.sink = builder ? new DirectSink(builder, literalBlocks) : null;
    this.calls = calls;
  }

  /** A closed recording of `calls`, made at `firstLine` (a replay's moved copy: see replay). */
  static closed(firstLine: number, calls: Call[], placeless: boolean): Recording {
    const recording = new Recording(null, [], firstLine, calls);
    recording.placeless = placeless;
    return recording;
  }

  /** The piece is read: what follows goes to no builder. */
  close(): void {
    this.sink = null;
  }

  private get live(): DirectSink {
    if (!this.sink) throw new Error('the recording is closed');
    return this.sink;
  }

  get planTitle(): string {
    return this.live.planTitle;
  }

  heading(level: number, at: HeadingLines, title: string, heading: HeadingClass, stamp: StampInfo, task: Task | null, links: readonly Link[], marks: DayMarks): void {
    this.calls.push({ op: HEADING, level, at, title, heading, stamp, task, links, marks });
    this.live.heading(level, at, title, heading, stamp, task, links, marks);
  }

  paragraphDay(title: string, at: HeadingLines, heading: HeadingClass, stamp: StampInfo, plain: boolean, skipped: boolean): void {
    this.calls.push({ op: PARAGRAPH_DAY, title, at, heading, stamp, plain, skipped });
    this.live.paragraphDay(title, at, heading, stamp, plain, skipped);
  }

  tableDay(node: DraftNode, plain: boolean): void {
    // The builder adds to its nodes and may move them: the one kept is a copy with lists of its own (a replay
    // hands over a fresh copy again), sharing nothing the builder may add to.
    this.calls.push({ op: TABLE_DAY, node: { ...node, tasks: [], fields: [...node.fields], children: [], links: [...node.links] }, plain });
    this.live.tableDay(node, plain);
  }

  itemDay(at: HeadingLines, endLine: number, list: number, heading: HeadingClass, task: Task | null, stamped: boolean, boxless: BoxlessItem | null = null): boolean {
    this.calls.push({ op: ITEM_DAY, at, endLine, list, heading, task, stamped, boxless });
    return this.live.itemDay(at, endLine, list, heading, task, stamped, boxless);
  }

  currentLine(): number {
    this.placeless = true;
    return this.live.currentLine();
  }

  inline(task: Task | null, links: readonly Link[], fields: readonly Field[], note: boolean): void {
    this.calls.push({ op: INLINE, task, links: copyOfList(links), fields: copyOfList(fields), note });
    this.live.inline(task, links, fields, note);
  }

  lineMarks(sessions: readonly StudySession[], pauses: readonly Pause[]): void {
    this.calls.push({ op: LINE_MARKS, sessions, pauses });
    this.live.lineMarks(sessions, pauses);
  }

  literal(from: number, to: number): void {
    this.calls.push({ op: LITERAL, from, to });
    this.live.literal(from, to);
  }
}

/**
 * Makes a recording's calls on `builder` again, every line moved by `shift`, and returns the recording of
 * what it made: `recording` itself, or when the lines moved, a moved copy (the piece's recording from now on,
 * so that the next keystrokes replay it as it is: an Enter moves every line below it, and without the copy
 * every later keystroke moved each task, link and field below the edit again). The model shares the recorded
 * tasks, links, fields, sessions and pauses with the recording: neither the builder nor anything after it
 * changes them (the model is read-only); only a table day's node, which the builder adds to, is handed over as a copy.
 */
export function replay(recording: Recording, builder: PlanBuilder, literalBlocks: [number, number][], shift: number): Recording {
  const sink = new DirectSink(builder, literalBlocks);
  const calls = shift === 0 ? recording.calls : movedCalls(recording.calls, shift);
  // Indexed, not for-of: a replay walks every call of every piece, and an iterator's results cost garbage
  // wherever the loop is not optimized yet (measured: 7 MB per keystroke in a 5 MB plan).
  for (let k = 0; k < calls.length; k++) {
    const call = calls[k];
    switch (call.op) {
      case HEADING:
        sink.heading(call.level, call.at, call.title, call.heading, call.stamp, call.task, call.links, call.marks);
        break;
      case PARAGRAPH_DAY:
        sink.paragraphDay(call.title, call.at, call.heading, call.stamp, call.plain, call.skipped);
        break;
      case TABLE_DAY:
        // The builder adds to its nodes: each replay hands over a node of its own.
        sink.tableDay({ ...call.node, tasks: [], fields: [...call.node.fields], children: [], links: [...call.node.links] }, call.plain);
        break;
      case ITEM_DAY:
        sink.itemDay(call.at, call.endLine, call.list, call.heading, call.task, call.stamped, call.boxless);
        break;
      case INLINE:
        sink.inline(call.task, call.links, call.fields, call.note);
        break;
      case LITERAL:
        sink.literal(call.from, call.to);
        break;
      case LINE_MARKS:
        sink.lineMarks(call.sessions, call.pauses);
        break;
    }
  }
  return shift === 0 ? recording : Recording.closed(recording.firstLine + shift, calls, recording.placeless);
}

/** The calls with every line moved by `shift`. */
function movedCalls(calls: readonly Call[], shift: number): Call[] {
  const moved: Call[] = new Array<Call>(calls.length);
  for (let k = 0; k < calls.length; k++) {
    const call = calls[k];
    switch (call.op) {
      case HEADING:
        moved[k] = { ...call, at: moveAt(call.at, shift), task: moveTask(call.task, shift), links: moveAll(call.links, shift) };
        break;
      case PARAGRAPH_DAY:
        moved[k] = { ...call, at: moveAt(call.at, shift) };
        break;
      case TABLE_DAY: {
        const node = call.node;
        moved[k] = {
          op: TABLE_DAY,
          plain: call.plain,
          node: { ...node, line: node.line + shift, endLine: node.endLine + shift, titleEndLine: node.titleEndLine + shift, bodyLine: node.bodyLine + shift, links: moveAll(node.links, shift) as Link[], fields: moveAll(node.fields, shift) as Field[] },
        };
        break;
      }
      case ITEM_DAY:
        moved[k] = { ...call, at: moveAt(call.at, shift), endLine: call.endLine + shift, list: call.list + shift, task: moveTask(call.task, shift) };
        break;
      case INLINE:
        moved[k] = { op: INLINE, task: moveTask(call.task, shift), links: moveAll(call.links, shift), fields: moveAll(call.fields, shift), note: call.note };
        break;
      case LITERAL:
        moved[k] = { op: LITERAL, from: call.from + shift, to: call.to + shift };
        break;
      case LINE_MARKS:
        moved[k] = { op: LINE_MARKS, sessions: moveAll(call.sessions, shift), pauses: moveAll(call.pauses, shift) };
        break;
    }
  }
  return moved;
}

function moveAt(at: HeadingLines, shift: number): HeadingLines {
  return shift === 0 ? at : { line: at.line + shift, titleEndLine: at.titleEndLine + shift, bodyLine: at.bodyLine + shift };
}

function moveTask(task: Task | null, shift: number): Task | null {
  return task === null || shift === 0 ? task : { ...task, line: task.line + shift, lastLine: task.lastLine + shift };
}

function moveAll<T extends { readonly line: number }>(items: readonly T[], shift: number): readonly T[] {
  if (shift === 0 || items.length === 0) return items;
  return items.map((item) => ({ ...item, line: item.line + shift }));
}

const NO_ITEMS: readonly never[] = Object.freeze([]);

/** A copy of a list the reader will reuse (see PlanSink.inline), to keep. */
function copyOfList<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? NO_ITEMS : items.slice();
}
