import type * as vscode from 'vscode';
import { MarkDayCommand, ToggleTaskCommand } from './commands/completion';
import { registerEncodingCommands } from './commands/encoding';
import { registerLabCommands } from './commands/labs';
import { registerNavigationCommands } from './commands/navigation';
import { registerOnboardingCommands } from './commands/onboarding';
import { registerResourceCommands } from './commands/resources';
import { GoToTodayCommand, MarkTodayCompleteCommand, SetActivePlanCommand, ShowProgressCommand } from './commands/today';
import { CreateProgressWorkflowCommand, ReviewDueCardsCommand } from './commands/review';
import { FILTER_COMMANDS, FilterCommand, OpenLocationCommand, OpenTreeSelectionCommand, RevealNodeCommand, UndoLastEditCommand } from './commands/treeCommands';
import type { Services } from './services';
import { ApplyPreviewCommand, CatchUpCommand, DiscardPreviewCommand } from './commands/catchUp';
import { RestTodayCommand } from './ontrack/restCommand';
import { SkipDayCommand } from './ontrack/skipDayCommand';
import { StartTimerCommand, StopTimerCommand, TimerActionsCommand } from './timer/timerCommands';

/** Every feature of the extension, in one list (as Foam's `features/index.ts`). */
export function registerFeatures(context: vscode.ExtensionContext, services: Services): void {
  const { commands, index, targets, editor, clock, tree, treeView, today, progressPage, filters, reviewFlow, version, ask, preview, timer } = services;
  commands.register(new RevealNodeCommand());
  commands.register(new OpenTreeSelectionCommand(treeView));
  for (const id of FILTER_COMMANDS) commands.register(new FilterCommand(id, filters));
  commands.register(new UndoLastEditCommand(editor));
  commands.register(new OpenLocationCommand(index));
  commands.register(new ToggleTaskCommand(editor, clock));
  commands.register(new MarkDayCommand(true, index, targets, editor, clock, ask));
  commands.register(new MarkDayCommand(false, index, targets, editor, clock, ask));
  commands.register(new GoToTodayCommand(targets, tree, treeView));
  commands.register(new MarkTodayCompleteCommand(targets));
  commands.register(new SetActivePlanCommand(index, today));
  commands.register(new ShowProgressCommand(progressPage));
  commands.register(new CatchUpCommand(index, today, editor, preview, ask, clock));
  commands.register(new ApplyPreviewCommand(preview));
  commands.register(new DiscardPreviewCommand(preview));
  commands.register(new RestTodayCommand(today, targets, editor, ask, clock));
  commands.register(new SkipDayCommand(today, targets, editor, clock));
  commands.register(new StartTimerCommand(targets, timer));
  commands.register(new StopTimerCommand(timer));
  commands.register(new TimerActionsCommand(timer, ask));
  commands.register(new ReviewDueCardsCommand(reviewFlow));
  commands.register(new CreateProgressWorkflowCommand(version));
  registerNavigationCommands(context, services);
  registerResourceCommands(context, services);
  registerLabCommands(context, services);
  registerEncodingCommands(context, services);
  registerOnboardingCommands(context, services);
}
