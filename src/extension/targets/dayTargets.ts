import * as vscode from 'vscode';
import { dayAtLine, findDay, journalEntryHeading, latestStamp, needsNewEntry, planTitle, sectionPlanOf, studySection, type DayRef, type ParsedPlan, type PlanNode } from '../../core';
import type { PlanIndex } from '../index/planIndex';
import { PREVIEW_SCHEME } from '../preview/planPreview';
import type { TodayService } from '../today/todayService';
import type { NodeElement } from '../tree/treeElements';

/** What CodeLenses and tests pass: enough to find the day again in a newer version of the file. */
export interface DayTarget extends DayRef {
  readonly uri: string;
}

export function asTarget(arg: NodeElement | DayTarget | undefined): DayTarget | undefined {
  if (!arg) return undefined;
  if ('type' in arg) return arg.type === 'node' && arg.node.kind === 'day' ? { uri: arg.uri, line: arg.node.line, title: arg.node.title } : undefined;
  return arg;
}

export interface LoadedDay {
  readonly plan: ParsedPlan;
  readonly day: PlanNode;
  readonly document: vscode.TextDocument;
}

/**
 * Which day a command acts on: the one it was given (tree, CodeLens), else the one under the cursor,
 * else the current day; and that day found again in the file as it is now. Reads plans through the
 * index's silent `planFor`, so nothing here re-parses what the index holds or fires an event.
 */
export class DayTargets {
  constructor(
    private readonly index: PlanIndex,
    private readonly today: TodayService,
  ) {}

  underCursor(): DayTarget | undefined {
    const editor = vscode.window.activeTextEditor;
    // A catch-up preview (a diff of the plan, in memory) is no place to act on: its days are not the plan's.
    if (!editor || editor.document.languageId !== 'markdown' || editor.document.uri.scheme === PREVIEW_SCHEME) return undefined;
    const day = dayAtLine(this.index.planFor(editor.document), editor.selection.active.line);
    return day ? { uri: editor.document.uri.toString(), line: day.line, title: day.title } : undefined;
  }

  /** The current day as a target, or undefined after telling the user why there is none (when `explain`). */
  async current(options: { explain: boolean }): Promise<DayTarget | undefined> {
    const summary = this.today.refresh();
    const { activePlan, currentDay } = summary;
    if (activePlan && currentDay) return { uri: activePlan.uri, line: currentDay.line, title: currentDay.title };
    if (!options.explain) return undefined;
    if (!activePlan) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: no plan with days was found in this workspace.'));
      return undefined;
    }
    const next = summary.nextPlan;
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Learning Plans: all days of {0} are done.', planTitle(activePlan)),
      ...(next ? [vscode.l10n.t('Continue with {0}', planTitle(next))] : []),
    );
    if (choice && next) {
      await this.today.choosePlan(next.uri);
      return this.current(options);
    }
    return undefined;
  }

  /**
   * A journal of dated entries with none for today, to time today's study in (its entry is written when the timer stops,
   * as `learning-plans log journal.md today` writes it): the one in the active editor, else (not `editorOnly`) the
   * workspace's journal written in last. Undefined when there is none.
   */
  journalToday(editorOnly: boolean): { readonly uri: string; readonly heading: string } | undefined {
    const today = this.today.refresh().today;
    const editor = vscode.window.activeTextEditor?.document;
    const open = editor && editor.languageId === 'markdown' && editor.uri.scheme !== PREVIEW_SCHEME ? this.index.planFor(editor) : undefined;
    const journals = open?.journal ? [open] : editorOnly ? [] : this.index.all().filter((plan) => plan.journal);
    const wanting = journals.filter((plan) => needsNewEntry(plan, today));
    const latest = wanting.reduce<ParsedPlan | undefined>((best, plan) => (!best || (latestStamp(plan, today) ?? '') > (latestStamp(best, today) ?? '') ? plan : best), undefined);
    return latest ? { uri: latest.uri, heading: journalEntryHeading(latest, today).replace(/^#+\s*/, '') } : undefined;
  }

  /**
   * A plan of tasks alone (`## Week 1` over `- [ ] ...`, no days) to time a session in: the editor's, else the active
   * plan; the section its session goes under (sectionLog.ts). A learner with a weekly checklist could time nothing.
   */
  sectionToday(editorOnly: boolean): { readonly uri: string; readonly title: string } | undefined {
    const editor = vscode.window.activeTextEditor?.document;
    const open = editor && editor.languageId === 'markdown' && editor.uri.scheme !== PREVIEW_SCHEME && this.index.get(editor.uri) ? this.index.planFor(editor) : undefined;
    const summary = editorOnly ? undefined : this.today.refresh();
    const active = summary ? summary.activePlan ?? sectionPlanOf(this.index.all(), summary.today) : undefined;
    for (const plan of [open, active]) {
      const section = plan ? studySection(plan) : null;
      if (plan && section) return { uri: plan.uri, title: section.title };
    }
    return undefined;
  }

  /** The day a command acts on: the one it was given, else the one under the cursor, else the current day. */
  async resolve(arg: NodeElement | DayTarget | undefined): Promise<DayTarget | undefined> {
    return asTarget(arg) ?? this.underCursor() ?? (await this.current({ explain: false }));
  }

  /** The day as it is in the file now, or a message saying why it cannot be found. */
  async load(target: DayTarget): Promise<LoadedDay | string> {
    const uri = vscode.Uri.parse(target.uri);
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      // A plan whose delete no watcher reported (see PlanEditor.apply): said, and let go.
      if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) throw error;
      await this.index.forgetIfMissing(uri);
      return vscode.l10n.t('{0} is no longer on the disk (deleted since it was read)', vscode.workspace.asRelativePath(uri));
    }
    const plan = this.index.planFor(document);
    const day = findDay(plan, target);
    return day ? { plan, day, document } : vscode.l10n.t('"{0}" is no longer in {1}', target.title, vscode.workspace.asRelativePath(uri));
  }
}
