import type { Clock, Link } from '../core';
import type { PlanIndex } from './planIndex';
import type * as vscode from 'vscode';
import type { PlanEditor } from './progress/planEditor';
import type { ProgressView } from './progressView/progressView';
import type { TodayService } from './today/todayService';
import type { PlanTreeProvider } from './tree/planTreeProvider';
import type { TreeElement } from './tree/treeElements';

/** What features share; built once in `activate` and passed to each feature's `register`. */
export interface Services {
  readonly index: PlanIndex;
  readonly tree: PlanTreeProvider;
  readonly treeView: vscode.TreeView<TreeElement>;
  readonly editor: PlanEditor;
  readonly today: TodayService;
  readonly statusBar: vscode.StatusBarItem;
  readonly progressView: ProgressView;
  /** "Now", for stamps; tests may replace it through the exported API. */
  clock: Clock;
  /** Whether the workspace is trusted (writing commands need it); tests may replace it. */
  trust: { isTrusted(): boolean };
  /** Asks which of a day's links to open (a multi-select quick pick); tests may replace it. */
  pickLinks: (links: readonly Link[], dayTitle: string) => Promise<readonly Link[]>;
}
