import type * as vscode from 'vscode';
import type { Clock, Link } from '../core';
import type { DayCodeLensProvider } from './codeLens';
import type { CommandManager } from './commandManager';
import type { DayTargets } from './targets/dayTargets';
import type { PlanEditor } from './edits/planEditor';
import type { PlanIndex } from './index/planIndex';
import type { ProgressPage } from './progressPage/progressPage';
import type { TodayService } from './today/todayService';
import type { PlanTreeProvider } from './tree/planTreeProvider';
import type { TreeElement } from './tree/treeElements';
import type { TreeFilters } from './tree/treeFilters';
import type { FollowCursor } from './tree/followCursor';
import type { RevealToday } from './tree/revealToday';
import type { TaskCheckboxes } from './tree/taskCheckboxes';
import type { CursorDayContext } from './targets/cursorDayContext';
import type { Ask } from './ask';
import type { PlanPreview } from './preview/planPreview';
import type { TimerService } from './timer/timerService';
import type { ReminderService } from './ontrack/reminderService';
import type { ReviewService } from './review/reviewService';
import type { ReviewFlow } from './review/reviewFlow';

/**
 * What the features share, built once in `activate`. New code names the few it needs in a class's
 * constructor (see `commands/completion.ts`); older command modules still take this object.
 */
export interface Services {
  readonly index: PlanIndex;
  readonly today: TodayService;
  readonly targets: DayTargets;
  readonly editor: PlanEditor;
  readonly commands: CommandManager;
  readonly tree: PlanTreeProvider;
  readonly treeView: vscode.TreeView<TreeElement>;
  readonly filters: TreeFilters;
  readonly followCursor: FollowCursor;
  /** Reveals the current day in the tree when it becomes known or moves. */
  readonly revealToday: RevealToday;
  readonly checkboxes: TaskCheckboxes;
  readonly cursorDay: CursorDayContext;
  readonly statusBar: vscode.StatusBarItem;
  readonly progressPage: ProgressPage;
  /** Spaced review: cards, logs and today's queue (a read model), and the review itself. */
  readonly reviews: ReviewService;
  readonly reviewFlow: ReviewFlow;
  /** The extension's version (the CLI version a progress workflow installs). */
  readonly version: string;
  readonly codeLens: DayCodeLensProvider;
  /** "Now", for stamps and today (fixed in production; replaceable only in test mode). */
  readonly clock: Clock;
  /** Whether the workspace is trusted (writing commands need it). */
  readonly trust: { isTrusted(): boolean };
  /** Asks which of a day's links to open. */
  readonly pickLinks: (links: readonly Link[], dayTitle: string) => Promise<readonly Link[]>;
  /** Asks the learner (quick picks, notifications); a test's answerer in test mode when it set one. */
  readonly ask: Ask;
  /** Before/after diffs of an edit, before it is applied. */
  readonly preview: PlanPreview;
  readonly timer: TimerService;
  /** The opt-in daily nudge. */
  readonly reminder: ReminderService;
  readonly timerStatusBar: vscode.StatusBarItem;
}
