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

export interface Progress {
  /** Checkboxes in this node and all its descendants; cancelled tasks are not counted. */
  readonly tasksTotal: number;
  readonly tasksDone: number;
  /** Day nodes at or below this node (a day counts itself). */
  readonly daysTotal: number;
  readonly daysDone: number;
}

export interface PlanNode {
  readonly kind: NodeKind;
  readonly title: string;
  /** Heading line (0-based); 0 for the plan itself. */
  readonly line: number;
  /** The line the title ends on (a setext heading's text may span lines): a stamp goes at its end. */
  readonly titleEndLine: number;
  /** The first line after the title (below a setext underline): where content under the heading starts. */
  readonly bodyLine: number;
  /** Line after the node's last line, descendants included (exclusive). */
  readonly endLine: number;
  /** Heading level 1-6; 0 for the plan. */
  readonly level: number;
  /** Day number for `Day N` headings; null otherwise (and for weekday or date journal days). */
  readonly number: number | null;
  /** `YYYY-MM-DD` for journal days headed by a date. */
  readonly date: string | null;
  readonly done: boolean;
  readonly doneDate: string | null;
  /** The date of the ✅ stamp on a day's own heading (a streak activity); null if none. */
  readonly stampDate: string | null;
  readonly tasks: readonly Task[];
  readonly links: readonly Link[];
  readonly fields: readonly Field[];
  readonly children: readonly PlanNode[];
  readonly progress: Progress;
}

export interface ParsedPlan {
  readonly uri: string;
  readonly version: number;
  /** False for markdown files with no day, cycle, module or checkbox: they are not plans. */
  readonly isPlan: boolean;
  readonly root: PlanNode;
  /** The YAML front matter's text (without its `---` fences), if the file starts with one. */
  readonly frontMatter: string | null;
  /** Every day in document order (a flat view used by today/streak logic and the CLI). */
  readonly days: readonly PlanNode[];
  /** Lines [start, end) of code fences, indented code and HTML blocks: never structure, never edited. */
  readonly literalBlocks: readonly (readonly [number, number])[];
}
