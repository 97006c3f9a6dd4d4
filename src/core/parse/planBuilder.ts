/**
 * The tree builder: headings, paragraph days and table rows come in, in document order, and nest by
 * kind and level. One pass; the few decisions that need the whole file (are there enough paragraph
 * days? do table days yield to day headings? is it a plan, a journal?) are taken at the end, on the
 * drafts, without reading the text again.
 */
import * as l10n from '@vscode/l10n';
import type { Field, Link, NodeKind, Pause, PlanNode, StudySession, Task } from '../model';
import type { StampInfo } from '../stamps';
import type { HeadingClass } from './classifyHeading';
import { MIN_PARAGRAPH_DAYS } from './paragraphDays';
import { finishNode, newDraft, type DraftNode } from './draftNode';
import { collectDrafts, findLast, holdsStructure, isJournal, pushAll, rowNamed, titlesOf, unwrapAll } from './draftTree';
import { boxlessMakePlan, settleItemDays, type BoxlessItem, type ItemDay } from './itemDays';
import { rowsYieldingToHeadings } from './trackerRows';
import { journalEntriesToSections } from './journalBeside';
import { listNameTitles, speaksOfLearning } from './planSignals';
import { isPlanFile, type Counts } from './planVerdict';
import { markNoStudy } from './journalRests';
import { dateByWeek } from './weekdayDates';
import type { NoStudy } from '../grammar/noStudy';

/** Higher ranks contain lower ones: a cycle holds modules, a module holds days. */
const RANK: Record<NodeKind, number> = { section: 0, day: 1, module: 2, cycle: 3, plan: 4 };

/** The level of nodes that are not headings (paragraph and item days): any heading closes them. */
const BELOW_HEADINGS = 7;

/**
 * Whether `top` (the innermost open node) must be closed before a heading of `kind` at `level`.
 * Sections follow plain heading levels. Structure is sturdier: days never nest in days, and a
 * container of higher rank stays open for a heading at its own level, so an H2 day among H3 days
 * (a common slip) stays in its module and does not swallow the days after it.
 */
function closes(top: DraftNode, kind: NodeKind, level: number): boolean {
  if (top.kind === 'plan') return false;
  // A heading inside an item day's list item (`- [ ] Day 1` and its `  #### Notes`) is its section: the item closes
  // where its list item ends (PlanBuilder.closeItems), which comes before any heading after it.
  if (top.form === 'item' && kind === 'section') return false;
  if (top.kind === 'section' || kind === 'section') return top.level >= level;
  if (top.kind === 'day' || RANK[top.kind] < RANK[kind]) return true;
  if (RANK[top.kind] === RANK[kind]) return top.level >= level;
  return top.level > level;
}

/** What the end of a day's heading says of its schedule: its planned date (`📅`) and whether it is skipped (`⏭`). */
export interface DayMarks {
  readonly planned: string | null;
  readonly skipped: boolean;
}

/** Where a heading starts, ends its title, and its content starts. */
export interface HeadingLines {
  readonly line: number;
  readonly titleEndLine: number;
  readonly bodyLine: number;
}

export interface BuiltPlan {
  readonly root: PlanNode;
  readonly isPlan: boolean;
  readonly journal: boolean;
}

export class PlanBuilder {
  readonly root: DraftNode;
  private readonly stack: DraftNode[];
  private readonly counts: Counts = { structure: 0, headingDays: 0, weekdayDays: 0, datedDays: 0, roundDays: 0, tasks: 0 };
  /** Paragraph days and table-row days with the node they sit in, in document order: they may have to go. */
  private readonly paragraphDays: { day: DraftNode; parent: DraftNode }[] = [];
  private plainParagraphDays = 0;
  private readonly tableDays: { day: DraftNode; parent: DraftNode }[] = [];
  /** Table days whose table and row say nothing of study (see PlanSink.tableDay). */
  private plainTableDays = 0;
  /** Checkbox items read as days (`- [ ] Day 2: JOINs`), with the node they sit in and their list's first line: they may have to go too. */
  private readonly itemDays: ItemDay[] = [];
  /** Ranges closed holding tasks of their own and no day (`## Days 1-2 - Warmup` and its checkboxes): see finish. */
  private readonly taskRanges: DraftNode[] = [];
  /** How many day headings each round has (`## R1D2`: see finish). */
  private readonly rounds = new Map<number, number>();
  /** The item day open on the stack, if any (item days never nest: see itemDay). */
  private openItem: DraftNode | null = null;
  /** The last container a range headed that was closed, and the node it sits in (see resolveKind). */
  private closedRange: { readonly node: DraftNode; readonly parent: DraftNode } | null = null;

  constructor(title: string, private readonly frontTitle: string | null = null) {
    this.root = newDraft('plan', title, 0, 0);
    this.stack = [this.root];
  }

  get current(): DraftNode {
    return this.stack[this.stack.length - 1];
  }

  /** The plan's title as it stands (a dataview expression in a heading is replaced by it). */
  get planTitle(): string { return this.root.title; }
  set planTitle(title: string) { this.root.title = title; }

  /** A heading: `task` when it is written `#### [ ] Title`, `stamp` the ✅ on its title. */
  heading(level: number, at: HeadingLines, title: string, heading: HeadingClass, stamp: StampInfo, task: Task | null, links: readonly Link[], marks: DayMarks): void {
    this.closeItems(at.line);
    const kind = this.resolveKind(heading, level);
    if (kind === 'day' && heading.kind === 'day' && heading.round !== null) this.openRound(heading.round, level, at.line);
    else this.closeFor(kind, level, at.line, heading.kind === 'day' ? heading.number : null);
    const node = newDraft(kind, title, at.line, level);
    node.titleEndLine = at.titleEndLine;
    node.bodyLine = at.bodyLine;
    if (heading.kind === 'day') {
      node.number = heading.number;
      node.date = heading.date;
      if (heading.date === null && heading.weekday !== null && heading.number === null) dateByWeek(node, heading.weekday, this.stack);
      node.weekday = heading.weekday;
      node.round = heading.round;
    } else if (heading.kind === 'dayRange') {
      node.rangeHeading = true;
      if (kind === 'day') {
        node.number = heading.from;
        node.rangeEnd = heading.to;
      } else {
        node.fromRange = { from: heading.from, to: heading.to, asDay: heading.entry };
      }
    } else if (heading.kind === 'cycle') {
      node.round = heading.round;
    }
    // Kept on every heading: a range heading that turns out to be an entry is a day after all.
    node.stamp = stamp;
    node.planned = marks.planned ?? (heading.kind === 'day' ? heading.planned ?? null : null);
    node.skipMarked = marks.skipped;
    if (kind === 'day') {
      this.counts.headingDays++;
      if (node.number === null) {
        if (node.date !== null) this.counts.datedDays++;
        else this.counts.weekdayDays++;
      } else if (node.round !== null) {
        this.rounds.set(node.round, (this.rounds.get(node.round) ?? 0) + 1); // counted in finish
      } else {
        this.counts.structure++;
      }
    } else if (kind !== 'section') {
      this.counts.structure++;
    }
    this.current.children.push(node);
    this.stack.push(node);
    if (task) this.addTask(node, task);
    pushAll(node.links, links);
  }

  /** A paragraph day (`**Day 12:** text`) starting at `at.line`; its inline content follows through `inline`. */
  paragraphDay(title: string, at: HeadingLines, heading: HeadingClass, stamp: StampInfo, plain: boolean, skipped = false): void {
    this.closeItems(at.line);
    if (this.current.form === 'paragraph') this.stack.pop()!.endLine = at.line;
    if (plain) this.plainParagraphDays++;
    const node = newDraft('day', title, at.line, BELOW_HEADINGS, 'paragraph');
    node.titleEndLine = at.titleEndLine;
    node.bodyLine = at.bodyLine;
    if (heading.kind === 'day') {
      node.number = heading.number;
      node.date = heading.date;
      node.round = heading.round;
    } else if (heading.kind === 'dayRange') {
      node.number = heading.from;
      node.rangeEnd = heading.to;
    }
    node.stamp = stamp;
    node.skipMarked = skipped;
    this.paragraphDays.push({ day: node, parent: this.current });
    this.current.children.push(node);
    this.stack.push(node);
  }

  /**
   * A checkbox item that reads as a day (`- [ ] Day 2: JOINs`, as a week's checklist is written): `task` is its box,
   * the day's own mark (done when checked, skipped when cancelled, planned by its `📅`), `endLine` where the item
   * ends; what is nested in it is the day's. Inside a day (`### Day 3` and its `- [ ] Day 3 recap`), or inside such
   * an item, it is a task of that day: a day in a day is none.
   */
  itemDay(at: HeadingLines, endLine: number, list: number, heading: HeadingClass, task: Task | null, stamped: boolean, boxless: BoxlessItem | null = null): boolean {
    this.closeItems(at.line);
    // Under a paragraph day it is a day for now: the paragraph day may not count (see settleItemDays). Under an item
    // day's own heading (`  #### Notes` in its list item) it is a task, as it would be in the item (one with no box,
    // content: the reader reads it so when this says false).
    if ((this.current.kind === 'day' && this.current.form !== 'paragraph') || this.openItem !== null) {
      if (task) this.addTask(this.current, task);
      return false;
    }
    const node = newDraft('day', task?.text ?? boxless?.title ?? '', at.line, BELOW_HEADINGS, 'item');
    node.titleEndLine = at.titleEndLine;
    node.bodyLine = at.bodyLine;
    node.endLine = endLine;
    if (heading.kind === 'day') {
      node.number = heading.number;
      node.round = heading.round;
    } else if (heading.kind === 'dayRange') {
      node.number = heading.from;
      node.rangeEnd = heading.to;
    }
    if (task) {
      // Its box checked is its stamp; a skipped day (`[-]`) done after all keeps its box and takes a stamp (`stamped`).
      if (task.checked || (task.status === 'cancelled' && stamped)) node.stamp = { marked: true, date: task.doneDate };
      node.planned = task.due;
    } else if (boxless) {
      // Its line's marks, as a heading's: `✅ date`, `⏭ date`, `📅 date`.
      node.stamp = boxless.stamp;
      node.skipMarked = boxless.skipped;
      node.planned = boxless.planned;
    }
    this.itemDays.push({ day: node, parent: this.current, list, boxless: boxless !== null, counted: boxless?.counted ?? false });
    this.current.children.push(node);
    this.stack.push(node);
    this.openItem = node;
    if (task) this.addTask(node, task);
    return true;
  }

  /** Closes the item days that ended before `line` (a list item ends where markdown-it says, not at the next heading). */
  private closeItems(line: number): void {
    const item = this.openItem;
    if (item === null || line < item.endLine) return;
    // With what it holds (its sections end with it).
    this.closeAbove(this.stack.lastIndexOf(item), item.endLine);
  }

  /** A row of a day table: a day of its own, closed at once (nothing below a row belongs to it). */
  tableDay(node: DraftNode, plain = false): void {
    this.closeItems(node.line);
    this.tableDays.push({ day: node, parent: this.current });
    if (plain) this.plainTableDays++;
    this.current.children.push(node);
  }

  /** Content outside headings belongs to the innermost open node (its links and fields read from the tokens already). */
  inline(task: Task | null, links: readonly Link[], fields: readonly Field[], note: boolean): void {
    // Content without a task, a link or a field adds nothing: only what it adds says where it is.
    if (this.openItem !== null) this.closeItems(task?.line ?? links[0]?.line ?? fields[0]?.line ?? -1);
    const node = this.current;
    // An open task is still to do (a trial's counted as study); a lab's link is the scaffold's, not a note.
    if (task === null ? note : task.checked) node.written = true;
    if (task) this.addTask(node, task);
    pushAll(node.links, links);
    pushAll(node.fields, fields);
  }

  /** `⏱` session and `⏸` pause lines (read from the tokens already): they belong to the innermost open node, like the rest of its content. */
  lineMarks(sessions: readonly StudySession[], pauses: readonly Pause[]): void {
    if (this.openItem !== null) this.closeItems(sessions[0]?.line ?? pauses[0]?.line ?? -1);
    const node = this.current;
    for (const session of sessions) { // a session below a table naming a row (`(45 min) · Day 3`) is the row's
      const owner = (session.day !== undefined ? rowNamed(node, session.day) : undefined) ?? node;
      (owner.sessions ??= []).push(session);
    }
    if (pauses.length) pushAll((node.pauses ??= []), pauses);
  }

  private addTask(node: DraftNode, task: Task): void {
    node.tasks.push(task);
    this.counts.tasks++;
  }

  /** `noStudy(entry)`: what a journal's entry says of a day without study (see buildPlan's journalRests). */
  finish(lineCount: number, fileName: string, noStudy: (entry: DraftNode) => NoStudy | null = () => null): BuiltPlan {
    this.closeAbove(0, lineCount);
    this.root.endLine = lineCount;
    const counts = this.counts;
    // A round's days count where it has two (`## R1D1`, `## R1D2`): `## R2D2` beside `## R5D4` is droids (a review's).
    for (const days of this.rounds.values()) if (days >= 2) counts.roundDays += days;
    journalEntriesToSections(this.root, counts); // a journal of weekday entries beside numbered days is notes
    // Paragraph days count only when a file has several and no day headings (logs write `Day 3/100`, `R1D1`, bold lines;
    // `Day 2: text` alone needs a file that speaks of learning: a travel diary writes `Day 2: we hiked`). Table rows
    // yield to day headings too (trackerRows.ts), first: a row inside a paragraph day that goes lands in its parent.
    let learns: boolean | undefined; // asked lazily, once (a vault's notes mostly never ask)
    const named = listNameTitles(fileName, this.frontTitle, this.root);
    const learning = (): boolean => (learns ??= speaksOfLearning([fileName, ...titlesOf(this.root)], named));
    const keepParagraphs = counts.headingDays === 0 && this.paragraphDays.length >= MIN_PARAGRAPH_DAYS
      && (this.paragraphDays.length - this.plainParagraphDays >= MIN_PARAGRAPH_DAYS - 1 || learning());
    if (counts.headingDays > 0) unwrapAll(rowsYieldingToHeadings(this.tableDays, this.root, this.taskRanges));
    if (!keepParagraphs) unwrapAll(this.paragraphDays);
    // Among days written as headings, a range holding tasks of its own and no day is one of them, covering its
    // days (`## Days 1-2 - Warmup` before `## Days 3-4` and its days: a learner's `done 2` found no Day 2). Without
    // day headings it stays what it was read as: a roadmap's `# Days 31-60` and its goals is no day, and neither
    // takes the place of table rows or paragraph days.
    if (counts.headingDays > 0) for (const range of this.taskRanges) if (range.kind !== 'day') this.rangeEntry(range);
    // A trip's `- Day 2: Kyoto` stays days of no plan (a command says why), or text where the file is a plan otherwise.
    const itemsMakePlan = boxlessMakePlan(this.itemDays, counts.structure > 0, learning);
    const otherwisePlan = counts.tasks > 0 || this.tableDays.length > 0 || this.paragraphDays.length > 0;
    settleItemDays(this.root, this.itemDays, this.paragraphDays, keepParagraphs, counts.headingDays > 0, itemsMakePlan || !otherwisePlan);
    const paragraphDays = keepParagraphs ? this.paragraphDays.length : 0;
    // A table of days that says nothing of study (`| Day | City | Hotel |`) makes a plan only in a file about learning.
    const plainOnly = this.tableDays.length > 0 && this.plainTableDays === this.tableDays.length;
    const tableDays = counts.headingDays > 0 || (plainOnly && !learning()) ? 0 : this.tableDays.length;
    const days = collectDrafts(this.root, []);
    const journal = isJournal(days, counts.tasks);
    // A journal's entry that says no study was done (`Skipped - sick`) is a day skipped: its date in no streak. Time
    // logged in it later counts on the session's own date (a trial's session of today made the sick day a study day).
    // An entry of rest taken (`Rest day`, `Ruhetag`) is also a pause on its date, as a `⏸` line under it would be: the
    // streak passes over it (a trial's rest day broke a 12-day streak); a day missed (`Skipped - sick`) does not.
    if (journal) for (const day of days) if (!day.skipMarked) markNoStudy(day, noStudy(day));
    const isPlan = isPlanFile({ counts, days, tableDays, paragraphDays, itemDays: itemsMakePlan, named, learning });
    return { root: finishNode(this.root, { journal }), isPlan, journal };
  }

  /**
   * A range heading (`Days 59-60`, `Day 28-31: April 12-15`) is an entry of its own in a log of days
   * at its level (its previous sibling is a day heading); the sibling of a range container at its level,
   * of the same kind; a module inside a cycle or module, or after a module sibling (`Final Sprint
   * (Days 26-30)` after `Week` modules); a cycle otherwise.
   */
  private resolveKind(heading: HeadingClass, level: number): NodeKind {
    if (heading.kind === 'cycle') return 'cycle';
    if (heading.kind !== 'dayRange') return heading.kind;
    // A range at the level of an open container that a range heads (`## Days 1-30` ... `## Days 31-60`) is its
    // sibling, of its kind: never a module inside it; and, starting past the days it holds, not an entry of its
    // days either, where they are written at its level (`## Days 1-30`, `## Day 1` ... `## Day 30`, `## Days 31-60`).
    const peer = findLast(this.stack, (node) => node.rangeHeading && node.level === level && node.kind !== 'day');
    if (peer?.fromRange && heading.from > peer.fromRange.to) return peer.kind;
    const parent = this.stack[this.depthAfterClosing('day', level) - 1];
    // ...so is one after a range closed by a day it does not hold (`## Days 1-14`, `## Day 15: Capstone`, `## Days 16-30`).
    const closed = this.closedRange?.parent === parent ? this.closedRange.node : undefined;
    if (!peer && closed && closed.kind !== 'day' && closed.level === level && closed.fromRange && heading.from > closed.fromRange.to) return closed.kind;
    const previous = parent.children[parent.children.length - 1];
    if (previous?.kind === 'day' && previous.form === 'heading' && previous.level === level) return 'day';
    if (peer) return peer.kind;
    const depth = this.depthAfterClosing('module', level);
    const parents = this.stack.slice(0, depth);
    const sibling = this.stack[depth - 1].children[this.stack[depth - 1].children.length - 1];
    const inContainer = parents.some((node) => node.kind === 'cycle' || node.kind === 'module');
    return inContainer || (sibling?.kind === 'module' && sibling.level === level) ? 'module' : 'cycle';
  }

  /** How many open nodes stay open when a heading of `kind` at `level` starts. */
  private depthAfterClosing(kind: NodeKind, level: number): number {
    let depth = this.stack.length;
    while (depth > 1 && closes(this.stack[depth - 1], kind, level)) depth--;
    return depth;
  }

  /** `number`: a day heading's number (null for any other heading, or a day without one). */
  private closeFor(kind: NodeKind, level: number, line: number, number: number | null = null): void {
    let depth = this.depthAfterClosing(kind, level);
    // A range written like a day (`Day 1-3: Setup`) followed by days at its own level was an entry of a
    // flat log, not their container; so was `Days 3-4` followed there by a day it does not hold (`Day 9`).
    const top = this.stack[depth - 1];
    // Nothing of the plan's structure below it, at any depth (`## Days 1-14` holding `### Week 1` and its days is theirs).
    const isEntry = (node: DraftNode): boolean => node.fromRange !== null && node.level === level && !holdsStructure(node);
    const outside = (range: NonNullable<DraftNode['fromRange']>): boolean => number !== null && (number < range.from || number > range.to);
    if (kind === 'day' && isEntry(top) && (top.fromRange!.asDay || outside(top.fromRange!))) {
      // ...and so was every range before it at its level that holds no day (`## Day 1-3`, `## Day 4-6`, `## Day 7`).
      for (const sibling of this.stack[depth - 2].children) if (sibling !== top && isEntry(sibling)) this.rangeEntry(sibling);
      this.rangeEntry(top);
      depth--;
    } else if (kind === 'day' && top.fromRange !== null && top.level === level && outside(top.fromRange)) {
      // A container a range heads holds the days it names: a day at its level numbered outside them is its sibling
      // (`## Days 1-14` with `### Day 1` ... then `## Day 15: Capstone`; `## Day 0` after `## Days 31-60`). One inside
      // it stays, as any day at a container's level does (a slip among its days).
      depth--;
    }
    this.closeAbove(depth, line);
  }

  /** A range heading that turned out to be an entry of a flat log: a day covering its days. */
  private rangeEntry(node: DraftNode): void {
    this.counts.structure++;
    node.kind = 'day';
    node.number = node.fromRange!.from;
    node.rangeEnd = node.fromRange!.to;
    node.fromRange = null;
    this.counts.headingDays++;
  }

  /**
   * Days of a round (`R2D14`) sit in a cycle for their round: the open cycle (a `Round 2` heading),
   * or one made for them (form `group`) when there is none.
   */
  private openRound(round: number, level: number, line: number): void {
    this.closeFor('day', level, line);
    let cycle = findLast(this.stack, (node) => node.kind === 'cycle');
    if (cycle?.form === 'group' && cycle.round !== round) {
      this.closeAbove(this.stack.indexOf(cycle), line);
      cycle = findLast(this.stack, (node) => node.kind === 'cycle');
    }
    if (cycle) return;
    const group = newDraft('cycle', l10n.t('Round {0}', round), line, level, 'group');
    group.round = round;
    group.bodyLine = line;
    this.current.children.push(group);
    this.stack.push(group);
  }

  private closeAbove(depth: number, endLine: number): void {
    while (this.stack.length > Math.max(depth, 1)) {
      const node = this.stack.pop()!;
      // An item day ends with its list item.
      if (node.form !== 'item') node.endLine = endLine;
      else if (node === this.openItem) this.openItem = null;
      // A range that holds tasks of its own and no day may be an entry (see finish).
      if (node.fromRange !== null && node.kind !== 'day' && node.tasks.length > 0 && !holdsStructure(node)) this.taskRanges.push(node);
      if (node.rangeHeading && node.kind !== 'day') this.closedRange = { node, parent: this.stack[this.stack.length - 1] };
    }
  }
}
