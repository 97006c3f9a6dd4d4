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
import type { TaskCheckboxes } from './commands/treeCommands';
import type { CursorDayContext } from './targets/cursorDayContext';

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
  readonly checkboxes: TaskCheckboxes;
  readonly cursorDay: CursorDayContext;
  readonly statusBar: vscode.StatusBarItem;
  readonly progressPage: ProgressPage;
  readonly codeLens: DayCodeLensProvider;
  /** "Now", for stamps and today (fixed in production; replaceable only in test mode). */
  readonly clock: Clock;
  /** Whether the workspace is trusted (writing commands need it). */
  readonly trust: { isTrusted(): boolean };
  /** Asks which of a day's links to open. */
  readonly pickLinks: (links: readonly Link[], dayTitle: string) => Promise<readonly Link[]>;
}
