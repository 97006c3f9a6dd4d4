import * as vscode from 'vscode';
import {
  catchUp, dayNumber, frontMatterStartProblem, localIsoDate, planTitle, scheduleStatus, skippableDays, spreadDoubles, spreadDoublesNeeded, spreadWindow, weekdayOf,
  type CatchUpChoice, type CatchUpContext, type Clock, type ParsedPlan, type ReplanOutcome, type ScheduleStatus,
} from '../../core';
import { STAYS_OPEN, type Ask } from '../ask';
import { log } from '../log';
import type { Command } from '../commandManager';
import { APPLY_PREVIEW_COMMAND, CATCH_UP_COMMAND, DISCARD_PREVIEW_COMMAND } from '../commandIds';
import type { PlanEditor, EditResult } from '../edits/planEditor';
import type { PlanIndex } from '../index/planIndex';
import type { PlanPreview, PreviewDecision } from '../preview/planPreview';
import type { TodayService } from '../today/todayService';
import type { TreeElement } from '../tree/treeElements';

type ChoiceItem = vscode.QuickPickItem & { readonly choice?: CatchUpChoice; readonly action?: 'shiftOther' | 'skip' };

const WEEKDAY_NAMES = (): string[] => [
  vscode.l10n.t('Monday'), vscode.l10n.t('Tuesday'), vscode.l10n.t('Wednesday'), vscode.l10n.t('Thursday'), vscode.l10n.t('Friday'), vscode.l10n.t('Saturday'), vscode.l10n.t('Sunday'),
];

const days = (n: number): string => (Math.abs(n) === 1 ? vscode.l10n.t('{0} day', n) : vscode.l10n.t('{0} days', n));

/** `ends 2026-12-06 (was 2026-12-03) · on schedule`: what a choice does to the end of the plan, and where it leaves the learner. */
function endText(outcome: ReplanOutcome): string {
  if (!outcome.ok) return outcome.message;
  if (outcome.endAfter === null || outcome.endBefore === null) return outcome.standing;
  const ends = outcome.endAfter === outcome.endBefore ? vscode.l10n.t('ends {0}, as planned', outcome.endBefore) : vscode.l10n.t('ends {0} (was {1})', outcome.endAfter, outcome.endBefore);
  return `${ends} · ${outcome.standing}`;
}

/**
 * Learning Plans: Catch Up...: for a scheduled plan that fell behind, concrete choices (shift the rest,
 * spread the missed days, skip days), each with its new end date, previewed as a diff of the plan before
 * one undoable edit. The plan is the one given (tree), else the one in the editor if it has a schedule,
 * else today's plan.
 */
export class CatchUpCommand implements Command {
  readonly id = CATCH_UP_COMMAND;
  readonly writes = true;

  constructor(
    private readonly index: PlanIndex,
    private readonly today: TodayService,
    private readonly editor: PlanEditor,
    private readonly preview: PlanPreview,
    private readonly ask: Ask,
    private readonly clock: Clock,
  ) {}

  async execute(arg?: TreeElement | { uri: string }): Promise<EditResult | undefined> {
    const plan = await this.planFor(arg);
    if (!plan) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: no plan with days was found in this workspace.'));
      return undefined;
    }
    const uri = vscode.Uri.parse(plan.uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const current = this.index.planFor(document);
    const context: CatchUpContext = { today: localIsoDate(this.clock()), options: this.today.scheduleOptions(current) };
    const status = scheduleStatus(current, context);
    if (!status) {
      // A start that is there but not read (`Start:`, `20/11/2026`) is named: "give it a start date" would puzzle.
      const problem = frontMatterStartProblem(current);
      void this.ask.message('info', problem
        ? vscode.l10n.t('Learning Plans: {0} has no schedule to catch up on: {1}.', planTitle(current), problem)
        : vscode.l10n.t('Learning Plans: {0} has no schedule to catch up on. Give it a start date in its front matter (start: {1}) or in the learningPlans.schedule setting.', planTitle(current), context.today), {});
      return undefined;
    }
    const choice = await this.choose(document.getText(), current, status, context);
    if (!choice) return undefined;
    const text = document.getText();
    const outcome = catchUp(text, current, choice, context);
    if (!outcome.ok) {
      void this.ask.message('warning', vscode.l10n.t('Learning Plans: {0}.', outcome.message), {});
      return undefined;
    }
    if (outcome.edits.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: nothing to change.'));
      return undefined;
    }
    const version = document.version;
    const shown = await this.preview.show(uri, text, outcome.text, vscode.l10n.t('{0}: catch up (preview)', planTitle(current)));
    const apply = vscode.l10n.t('Apply');
    const relative = vscode.workspace.asRelativePath(uri);
    log().info(`catch up: previewing ${relative}: ${outcome.summary}`);
    let decision: PreviewDecision;
    try {
      // Asked twice, answered once: the notification, or the diff editor's own Apply / Discard buttons
      // (a notification may be hidden by Do Not Disturb; closing the diff is a Discard).
      const asked = Promise.resolve(this.ask.message('info', vscode.l10n.t('{0}. Apply this change to {1}?', outcome.summary, relative), {}, apply, vscode.l10n.t('Cancel')));
      let settled = false;
      // The first answer decides; closing the preview afterwards settles the other as a discard.
      const said = (where: string) => (answer: PreviewDecision): PreviewDecision => {
        if (!settled) log().info(`catch up: ${answer} (${where})`);
        settled = true;
        return answer;
      };
      decision = await Promise.race([
        asked.then((answer): PreviewDecision => (answer === apply ? 'apply' : 'discard')).then(said('the notification')),
        shown.decided.then(said("the preview's editor")),
      ]);
    } finally {
      await this.preview.close(shown);
    }
    if (decision !== 'apply') return undefined;
    const result = await this.editor.edit(uri, (now, plan) => {
      if (document.version !== version || now !== text) return { ok: false, message: vscode.l10n.t('the plan changed while the preview was open; run Catch Up again') };
      return catchUp(now, plan, choice, context);
    });
    if (result.applied) vscode.window.setStatusBarMessage(`$(check) ${result.message}`, 5000);
    else void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
    return result;
  }

  private async planFor(arg: TreeElement | { uri: string } | undefined): Promise<ParsedPlan | undefined> {
    const given = arg && 'uri' in arg ? this.index.get(vscode.Uri.parse(arg.uri)) : undefined;
    if (given) return given;
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === 'markdown' && this.index.get(active.document.uri)) {
      const plan = this.index.planFor(active.document);
      if (this.today.scheduleOf(plan)) return plan;
    }
    return this.today.refresh().activePlan;
  }

  /** The quick pick of choices, each with its end date; then what a choice needs (days to double, days to skip). */
  private async choose(text: string, plan: ParsedPlan, status: ScheduleStatus, context: CatchUpContext): Promise<CatchUpChoice | undefined> {
    const items: ChoiceItem[] = [];
    const option = (choice: CatchUpChoice, label: string, detail: string, unless?: ReadonlySet<string | null>): ReplanOutcome => {
      const outcome = catchUp(text, plan, choice, context);
      if (outcome.ok && !unless?.has(outcome.endAfter)) items.push({ label, description: endText(outcome), detail, choice });
      return outcome;
    };
    const currentLabel = status.current.title;
    // The ends offered so far: a spread with no day doubled that ends where one of them does is the same catch-up.
    const ends = new Set<string | null>();
    if (status.shiftToToday > 0) {
      const shifted = option({ kind: 'shift', days: status.shiftToToday }, `$(arrow-right) ${vscode.l10n.t('Shift the rest of the plan by {0}', days(status.shiftToToday))}`,
        // On a rest day the shift lands on the next study day (a trial's "to today" landed on tomorrow).
        status.schedule.rest.isRestDate(context.today)
          ? vscode.l10n.t('{0} moves to the next study day (today is a rest day), every day after it {1} later', currentLabel, days(status.shiftToToday))
          : vscode.l10n.t('{0} moves to today, every day after it {1} later', currentLabel, days(status.shiftToToday)));
      if (shifted.ok) ends.add(shifted.endAfter);
    }
    items.push({ label: `$(edit) ${vscode.l10n.t('Shift the rest of the plan by another number of days...')}`, action: 'shiftOther' });
    if (status.missed > 0) {
      const over = [...new Set([status.missed, Math.max(status.missed, 7), Math.max(status.missed, 14), status.missed * 2])].sort((a, b) => a - b).slice(0, 3);
      for (const k of over) {
        const doubles = spreadDoublesNeeded(plan, status, spreadWindow(status.schedule, context.today, k), context.today);
        if (doubles === 0) {
          // No day doubles where the plan's days left fit the window one a day. Planned day after day, that is the shift
          // offered above; planned with gaps (every other day), the missed days fill them and the end stays (the CLI
          // suggested it, the extension left it out).
          const filled = option({ kind: 'spread', over: k }, `$(split-horizontal) ${vscode.l10n.t('Fit {0} missed into the next {1}', days(status.missed), days(k))}`,
            vscode.l10n.t('one day on each: the days left take the free dates between the planned ones'), ends);
          if (filled.ok) ends.add(filled.endAfter);
          continue;
        }
        option({ kind: 'spread', over: k }, `$(split-horizontal) ${vscode.l10n.t('Spread {0} missed over the next {1}', days(status.missed), days(k))}`,
          vscode.l10n.t('two days on {0} of them (you choose which), one on the others', doubles));
      }
    }
    const skippable = skippableDays(plan);
    if (skippable.length > 0) {
      const optional = skippable.filter((s) => s.optional);
      // Its end date is that of skipping the optional days (what the next pick offers checked).
      const skipOptional = optional.length > 0 ? catchUp(text, plan, { kind: 'skip', days: optional.map(({ day }) => ({ line: day.line, title: day.title })) }, context) : null;
      items.push({
        label: `$(debug-step-over) ${vscode.l10n.t('Skip days...')}`,
        description: skipOptional?.ok ? vscode.l10n.t('{0} optional: {1}', optional.length, endText(skipOptional)) : vscode.l10n.t('a missed day skipped catches you up a day; a day ahead, the plan ends a day sooner'),
        detail: vscode.l10n.t('mark days ⏭ skipped: they leave the schedule (after missed days, the rest keeps its dates; after days ahead, it moves up)'),
        action: 'skip',
      });
    }
    const behindText = status.behind > 0 ? vscode.l10n.t('{0} behind', days(status.behind)) : status.behind < 0 ? vscode.l10n.t('{0} ahead', days(-status.behind)) : vscode.l10n.t('on schedule');
    const picked = await this.ask.pick(items, {
      title: vscode.l10n.t('Catch Up: {0}', planTitle(plan)),
      placeHolder: vscode.l10n.t('{0} · {1} was planned for {2} · ends {3}', behindText, currentLabel, status.currentDate, status.end),
      matchOnDetail: true,
      ...STAYS_OPEN,
    });
    if (!picked) return undefined;
    if (picked.action === 'shiftOther') return this.askShift(text, plan, status, context);
    if (picked.action === 'skip') return this.askSkip(skippable);
    if (picked.choice?.kind === 'spread') return this.askDoubles(plan, picked.choice.over, status, context);
    return picked.choice;
  }

  private async askShift(text: string, plan: ParsedPlan, status: ScheduleStatus, context: CatchUpContext): Promise<CatchUpChoice | undefined> {
    const value = await this.ask.input({
      title: vscode.l10n.t('Shift the rest of the plan'),
      prompt: vscode.l10n.t('Study days to move {0} and every day after it (negative: earlier)', status.current.title),
      value: String(Math.max(1, status.shiftToToday)),
      validateInput: (input) => {
        if (!/^-?\d{1,4}$/.test(input.trim()) || Number(input) === 0) return vscode.l10n.t('a whole number of days other than 0');
        const outcome = catchUp(text, plan, { kind: 'shift', days: Number(input) }, context);
        return outcome.ok ? { message: endText(outcome), severity: vscode.InputBoxValidationSeverity.Info } : outcome.message;
      },
      ...STAYS_OPEN,
    });
    return value === undefined ? undefined : { kind: 'shift', days: Number(value.trim()) };
  }

  /** Which of the next K days take two: M of them, spread evenly unless the learner picks others. */
  private async askDoubles(plan: ParsedPlan, over: number, status: ScheduleStatus, context: CatchUpContext): Promise<CatchUpChoice | undefined> {
    const window = spreadWindow(status.schedule, context.today, over);
    // As the CLI's default: spaced evenly, not on dates that hold two days already (an earlier spread's pairs);
    // as many as the missed days, fewer where the plan ends inside the window.
    const even = new Set(spreadDoubles(plan, status, window, context.today));
    const needed = even.size;
    if (needed === 0 || needed === over) return { kind: 'spread', over, doubleOn: needed === 0 ? [] : window };
    type DateItem = vscode.QuickPickItem & { date: string };
    const names = WEEKDAY_NAMES();
    const items: DateItem[] = window.map((date) => ({ label: `${names[weekdayOf(dayNumber(date)) - 1]} ${date}`, date, picked: even.has(date) }));
    for (;;) {
      const picked = await this.ask.pickMany(items, {
        title: vscode.l10n.t('Which days take two? Pick {0}', needed),
        placeHolder: vscode.l10n.t('{0} of these {1} days take two days each, the others one', needed, over),
        ...STAYS_OPEN,
      });
      if (!picked) return undefined;
      if (picked.length === needed) return { kind: 'spread', over, doubleOn: picked.map((p) => p.date) };
      const again = vscode.l10n.t('Pick Again');
      const answer = await this.ask.message('warning', vscode.l10n.t('Learning Plans: pick {0} days to take two (you picked {1}).', needed, picked.length), {}, again);
      if (answer !== again) return undefined;
      for (const item of items) item.picked = picked.includes(item);
    }
  }

  private async askSkip(skippable: ReturnType<typeof skippableDays>): Promise<CatchUpChoice | undefined> {
    type DayItem = vscode.QuickPickItem & { ref: { line: number; title: string } };
    const items: DayItem[] = skippable.map(({ day, optional }) => ({
      label: day.title,
      description: optional ? vscode.l10n.t('optional') : '',
      picked: optional,
      ref: { line: day.line, title: day.title },
    }));
    const picked = await this.ask.pickMany(items, { title: vscode.l10n.t('Skip which days?'), placeHolder: vscode.l10n.t('Skipped days are marked ⏭ and leave the schedule'), matchOnDescription: true, ...STAYS_OPEN });
    if (!picked || picked.length === 0) return undefined;
    return { kind: 'skip', days: picked.map((p) => p.ref) };
  }
}

/** The diff editor's Apply button: applies the catch-up previewed in it. */
export class ApplyPreviewCommand implements Command {
  readonly id = APPLY_PREVIEW_COMMAND;

  constructor(private readonly preview: PlanPreview) {}

  execute(): boolean {
    return this.preview.decide('apply');
  }
}

/** The diff editor's Discard button: closes the preview, nothing written. */
export class DiscardPreviewCommand implements Command {
  readonly id = DISCARD_PREVIEW_COMMAND;

  constructor(private readonly preview: PlanPreview) {}

  execute(): boolean {
    return this.preview.decide('discard');
  }
}
