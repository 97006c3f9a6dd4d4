import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { publicApi, type LearningPlansApi } from './api';
import { registerCodeLens } from './codeLens';
import { CommandManager } from './commandManager';
import { DayTargets } from './targets/dayTargets';
import { PlanEditor } from './edits/planEditor';
import { registerFeatures } from './features';
import { PlanIndex } from './index/planIndex';
import { workspaceSnapshotStorage } from './index/snapshotStorage';
import { disposeLog, log } from './log';
import { ProgressPage } from './progressPage/progressPage';
import { pickLinks } from './commands/resources';
import type { Services } from './services';
import { testApi, type LearningPlansTestApi } from './testApi';
import { createSeams } from './testSeams';
import { registerStatusBar } from './today/statusBar';
import { TodayService } from './today/todayService';
import { registerTree, showFirstScan } from './tree/registerTree';
import { FollowCursor } from './tree/followCursor';
import { RevealToday } from './tree/revealToday';
import { TaskCheckboxes } from './tree/taskCheckboxes';
import { CursorDayContext } from './targets/cursorDayContext';
import type { Ask } from './ask';
import { PlanPreview } from './preview/planPreview';
import { TimerService } from './timer/timerService';
import { registerTimerStatusBar } from './timer/timerStatusBar';
import { ReminderService } from './ontrack/reminderService';
import { ReviewService } from './review/reviewService';
import { ReviewFlow } from './review/reviewFlow';
import { ReviewBadge } from './review/reviewBadge';

/** The build's id (esbuild defines it): the index's snapshot belongs to one build. */
declare const __LEARNING_PLANS_BUILD__: string | undefined;

/** Builds the services, registers the features, starts the first scan in the background; nothing else. */
export function activate(context: vscode.ExtensionContext): LearningPlansApi | LearningPlansTestApi {
  const started = performance.now();
  // The core localizes its strings (progress labels, edit summaries, the progress page) through
  // @vscode/l10n, which knows nothing of VS Code: hand it the bundle of the display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  log().info(`Learning Plans ${context.extension.packageJSON.version} activating`);
  const seams = createSeams(context.extensionMode);
  const build = typeof __LEARNING_PLANS_BUILD__ === 'string' ? __LEARNING_PLANS_BUILD__ : String(context.extension.packageJSON.version);
  // Asked at each question, so a test's answerer set after activation is the one asked.
  const ask: Ask = {
    pick: (items, options) => seams.ask().pick(items, options),
    pickMany: (items, options) => seams.ask().pickMany(items, options),
    message: (severity, text, options, ...buttons) => seams.ask().message(severity, text, options, ...buttons),
    input: (options) => seams.ask().input(options),
  };
  const index = new PlanIndex(context.globalState, workspaceSnapshotStorage(context.storageUri), build, ask);
  const today = new TodayService(index, context.workspaceState, seams.now);
  const commands = new CommandManager(seams.isTrusted);
  const editor = new PlanEditor(index);
  const reviews = new ReviewService(index, today, seams.now);
  const reviewFlow = new ReviewFlow(reviews);
  const progressPage = new ProgressPage(index, today, reviews);
  context.subscriptions.push(index, today, commands, editor, reviews, reviewFlow, progressPage, { dispose: disposeLog });
  const { provider, view, filters } = registerTree(context, index, today);
  context.subscriptions.push(new ReviewBadge(view, reviews));
  const followCursor = new FollowCursor(index, provider, view);
  const revealToday = new RevealToday(today, provider, view, (message) => log().info(message));
  const checkboxes = new TaskCheckboxes(view, editor, provider, seams.now, seams.isTrusted);
  const cursorDay = new CursorDayContext(index);
  context.subscriptions.push(followCursor, revealToday, checkboxes, cursorDay);
  const preview = new PlanPreview();
  const timer = new TimerService(context.workspaceState, seams.now, ask, editor);
  const reminder = new ReminderService(context.globalState, today, seams.now, ask, seams.test ? () => Promise.resolve() : undefined);
  context.subscriptions.push(preview, timer, reminder);
  const services: Services = {
    index,
    today,
    targets: new DayTargets(index, today),
    editor,
    commands,
    tree: provider,
    treeView: view,
    filters,
    followCursor,
    revealToday,
    checkboxes,
    cursorDay,
    statusBar: registerStatusBar(context, index, today),
    progressPage,
    reviews,
    reviewFlow,
    version: String(context.extension.packageJSON.version),
    codeLens: registerCodeLens(context, index, timer),
    clock: seams.now,
    trust: { isTrusted: seams.isTrusted },
    pickLinks: (links, title) => (seams.pickLinks() ?? pickLinks)(links, title),
    ask,
    preview,
    timer,
    reminder,
    timerStatusBar: registerTimerStatusBar(context, timer, index, today),
  };
  registerFeatures(context, services);
  // Index in the background: activation returns at once and the tree fills in as files are read.
  const ready = index.rescan();
  showFirstScan(ready);
  const activationMs = performance.now() - started;
  // Other extensions get a read-only API; the integration tests (test mode only) get the internals.
  return seams.test ? testApi(services, seams.test, ready, activationMs, context) : publicApi(index, today);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
