/**
 * The plan model: what every view (tree, status bar, CLI) reads.
 *
 * Lines are 0-based everywhere in the core, like VS Code positions; only the CLI's JSON contract
 * turns them into 1-based numbers. The model is built once per document version and never mutated.
 */

export type NodeKind = 'plan' | 'cycle' | 'module' | 'day' | 'section';

/**
 * A task's state: `open` (`[ ]`), `done` (`[x]`, `[X]`), and the two more that Obsidian Tasks writes:
 * `inProgress` (`[/]`, still open work) and `cancelled` (`[-]`: neither open nor done, left out of
 * progress).
 */
export type TaskStatus = 'open' | 'done' | 'inProgress' | 'cancelled';

/** Obsidian Tasks' priorities: 🔺 highest, ⏫ high, 🔼 medium, 🔽 low, ⏬ lowest. */
export type TaskPriority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';

/** A `- [ ]` / `- [x]` list item (or a heading written `#### [ ] Title`). */
export interface Task {
  readonly line: number;
  /** The line the task's text ends on (its paragraph may wrap over lines); a stamp goes at its end. */
  readonly lastLine: number;
  /** Done: `status === 'done'`. */
  readonly checked: boolean;
  readonly status: TaskStatus;
  /** Display text: markdown stripped, the box, done stamps and Obsidian Tasks fields removed. */
  readonly text: string;
  /** `YYYY-MM-DD` from a `✅ YYYY-MM-DD` stamp on the task, if any. */
  readonly doneDate: string | null;
  /** Obsidian Tasks fields (`YYYY-MM-DD` dates), null when the task has none: `📅` due, `⏳` scheduled, `🛫` start, `➕` created, `❌` cancelled. */
  readonly due: string | null;
  readonly scheduled: string | null;
  readonly start: string | null;
  readonly created: string | null;
  readonly cancelledDate: string | null;
  /** `🔁 every week` -> `every week`. */
  readonly recurrence: string | null;
  readonly priority: TaskPriority | null;
}

/** A link in a node's own body (images are not links). */
export interface Link {
  readonly text: string;
  readonly target: string;
  readonly line: number;
}

/** A bold field such as `- **Task (30 min):** Study X` or `**🎯 Learning Objective:** ...`. */
export interface Field {
  /** Label without emoji, bold markers, trailing colon or parenthesised detail: `Task`. */
  readonly name: string;
  /** The parenthesised part of the label, if any: `30 min`. */
  readonly detail: string | null;
  /** The rest of the line as display text. */
  readonly value: string;
  readonly line: number;
}

/** A `- ⏱ 2026-11-22 19:05-19:50 (45 min)` line: time studied (see grammar/dayMarks.ts). */
export interface StudySession {
  readonly line: number;
  readonly date: string;
  /** `HH:MM`, when the line has a time range. */
  readonly from: string | null;
  readonly to: string | null;
  readonly minutes: number;
  /** The words after its duration (`· Day 3`), when there are any: see SessionMark.day. */
  readonly day?: string;
}

/** A `- ⏸ 2026-11-28` (or `⏸ 2026-12-24..2026-12-26`) line: days off that keep the streak and move the schedule. */
export interface Pause {
  readonly line: number;
  readonly from: string;
  readonly to: string;
}

export interface Progress {
  /** Checkboxes in this node and all its descendants; cancelled tasks are not counted. */
  readonly tasksTotal: number;
  readonly tasksDone: number;
  /** Day nodes at or below this node (a day counts itself); a journal's entries are not counted. */
  readonly daysTotal: number;
  readonly daysDone: number;
}

/**
 * How a node is written: a `heading`; a `tableRow` of a day table (`| 01 | [Intro](...) | ✅ |`); a
 * `paragraph` day (`**Day 12:** text`, `Day 3/100: ...` in a log of several); a `group`, the cycle
 * made for the days of a `R2D1` round that has no heading of its own (it starts at its first day); an
 * `item`, a checkbox list item that reads as a day (`- [ ] Day 2: JOINs`) where a file's days are not
 * headings: its box is the day's own mark (it is the first of its `tasks`), the items nested in it its content.
 * The plan itself is a `heading` (of the file).
 */
export type NodeForm = 'heading' | 'tableRow' | 'paragraph' | 'group' | 'item';

/** The cells of a day table row that the edits write: where its title and its status are. */
export interface TableCells {
  /** 0-based index of the title cell among the row's cells. */
  readonly title: number;
  /** 0-based index of the status cell (`Done`, `Status`, `✅` column), null when the table has none. */
  readonly status: number | null;
  /**
   * 0-based index of the cell for the date a day was done (a `Date`, `Datum`, `Fecha` column beside a status
   * column, where no open day has a date: not a schedule); null when the table has none.
   */
  readonly date: number | null;
  /**
   * 0-based index of the cell for the date a day is planned on: a `Date` column holding dates of open days (the
   * learner's schedule, read as `📅` dates are, and written by a replan); absent or null when the table has none.
   */
  readonly planned?: number | null;
  /** The status column is headed as the date a day was done (`Completed on`, `Erledigt am`): marking writes the date alone. */
  readonly statusDates?: true;
  /** A tracker keyed by date (`| Datum | Thema | Erledigt |`): the column of its rows' dates (see trackerRows.ts). */
  readonly key?: number;
}

/**
 * A heading day's row in a tracker table beside the headings (`| 3 | Joins | ❌ |` under `## Progress`): its status
 * cell reads as the day's mark where the heading has none, and marking the day writes both (see trackerRows.ts).
 */
export interface TrackerRow {
  /** The row's line (0-based). */
  readonly line: number;
  readonly cells: TableCells;
}

export interface PlanNode {
  readonly kind: NodeKind;
  readonly form: NodeForm;
  readonly title: string;
  /** Heading line (0-based); 0 for the plan itself. */
  readonly line: number;
  /** The line the title ends on (a setext heading's text may span lines): a stamp goes at its end. */
  readonly titleEndLine: number;
  /** The first line after the title (below a setext underline): where content under the heading starts. */
  readonly bodyLine: number;
  /** Line after the node's last line, descendants included (exclusive). */
  readonly endLine: number;
  /** Heading level 1-6; 0 for the plan and for nodes not written as headings (see `form`). */
  readonly level: number;
  /**
   * Day number for `Day N` days (0 included: a 100DaysOfCode log starts at Day 0); the first day of a
   * range entry (`Day 28-31`); null otherwise (and for weekday or date journal days).
   */
  readonly number: number | null;
  /** The last day a range entry covers (`Day 28-31: ...` -> 31); null for single days. */
  readonly rangeEnd: number | null;
  /** `YYYY-MM-DD`: the entry's own date (`## 2024-01-05`, `### Day 1: October 30, 2018`). */
  readonly date: string | null;
  /** 1 (Monday) .. 7 (Sunday) for a day headed by its weekday (`## Monday: Fresh Start`). */
  readonly weekday: number | null;
  /** The #100DaysOfCode round of a `R2D14` day, or of the cycle that holds a round. */
  readonly round: number | null;
  /** For a `tableRow` day: which cells hold its title and its status. */
  readonly cells: TableCells | null;
  /** A heading day's row in a tracker table beside the headings; absent when it has none (most nodes: no member at all). */
  readonly mirror?: TrackerRow | null;
  readonly done: boolean;
  readonly doneDate: string | null;
  /** The date of the ✅ stamp on a day's own heading (a streak activity); null if none. */
  readonly stampDate: string | null;
  /** A day's planned date: `📅 YYYY-MM-DD` at the end of its heading (a heading task's due date); null if none. */
  readonly planned: string | null;
  /**
   * A day marked `⏭` at the end of its heading (or a cancelled heading task; a table row, `⏭` or a skip word in its
   * status cell), and not done: out of the schedule and of progress. In a journal, an entry that says no study was done
   * (`Skipped - sick`: journalRests.ts): its date in no streak.
   */
  readonly skipped: boolean;
  /**
   * A day that says it is skipped otherwise than by a `[-]` box (a `⏭` on its heading, a skip in its row's or its
   * tracker row's status), done or not; absent otherwise (most nodes: no member at all). What a toggle says of a day
   * recounts with it (dayStateNotes.ts): a day done by its tasks and so marked is skipped again once one is unchecked.
   */
  readonly skipMarked?: true;
  /** `⏱` study sessions written in the node's own body. */
  readonly sessions: readonly StudySession[];
  /** `⏸` pauses written in the node's own body. */
  readonly pauses: readonly Pause[];
  readonly tasks: readonly Task[];
  readonly links: readonly Link[];
  readonly fields: readonly Field[];
  /**
   * Its own body holds content: a paragraph, a list item or a cell (code alone is none), an open task no record of
   * it. A journal's entry with nothing under its heading yet (`## 2026-11-27`, written in the morning), or only what
   * is still to do (`- [ ] Review flashcards`), is no study.
   */
  readonly written: boolean;
  readonly children: readonly PlanNode[];
  readonly progress: Progress;
}

export interface ParsedPlan {
  readonly uri: string;
  readonly version: number;
  /**
   * False for markdown files that are not plans: no day, cycle, module, day table or checkbox; days
   * written only as paragraphs count from three on; days headed only by a weekday or a date count
   * from two on (dates only in a file that speaks of learning: dated meeting notes are no plan).
   */
  readonly isPlan: boolean;
  /**
   * A journal: days headed by weekdays or dates (`## Monday: ...`, `## 2024-01-05`,
   * `### Day 1: October 30, 2018`) and no tasks. Its days are entries as written, not work to do:
   * they count in no progress (`daysTotal` leaves them out) and each dated entry is a day of activity.
   */
  readonly journal: boolean;
  /** The plan, titled by its front matter's `title:` when it has one, else by its file name. */
  readonly root: PlanNode;
  /** The YAML front matter's text (without its `---` fences), if the file starts with one. */
  readonly frontMatter: string | null;
  /** Every day in document order (a flat view used by today/streak logic and the CLI). */
  readonly days: readonly PlanNode[];
  /** Lines [start, end) of code fences, indented code and HTML blocks: never structure, never edited. */
  readonly literalBlocks: readonly (readonly [number, number])[];
  /** Days or rows are headed by dates without a year (`## Thursday, November 26`) and nothing in the file says one (see fileYears.ts). */
  readonly yearUnsaid?: true;
}
