import * as vscode from 'vscode';
import { buildPlan, dayAtLine, findDay, type DayRef, type ParsedPlan, type PlanNode } from '../../core';
import type { Services } from '../services';
import type { NodeElement } from '../tree/treeElements';
import { currentDayTarget } from './today';

/** What CodeLenses and tests pass: enough to find the day again in a newer version of the file. */
export interface DayTarget extends DayRef {
  readonly uri: string;
}

export function asTarget(arg: NodeElement | DayTarget | undefined): DayTarget | undefined {
  if (!arg) return undefined;
  if ('type' in arg) return arg.type === 'node' && arg.node.kind === 'day' ? { uri: arg.uri, line: arg.node.line, title: arg.node.title } : undefined;
  return arg;
}

export function planOfDocument(services: Services, document: vscode.TextDocument): ParsedPlan {
  return services.index.refreshDocument(document) ?? buildPlan({ uri: document.uri.toString(), version: document.version, getText: () => document.getText() });
}

export function dayUnderCursor(services: Services): DayTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') return undefined;
  const day = dayAtLine(planOfDocument(services, editor.document), editor.selection.active.line);
  return day ? { uri: editor.document.uri.toString(), line: day.line, title: day.title } : undefined;
}

/** The day a command acts on: the one it was given, else the one under the cursor, else the current day. */
export async function resolveDay(services: Services, arg: NodeElement | DayTarget | undefined): Promise<DayTarget | undefined> {
  return asTarget(arg) ?? dayUnderCursor(services) ?? (await currentDayTarget(services, { explain: false }));
}

/** The day as it is in the file now, or a message saying why it cannot be found. */
export async function loadDay(services: Services, target: DayTarget): Promise<{ plan: ParsedPlan; day: PlanNode; document: vscode.TextDocument } | string> {
  const uri = vscode.Uri.parse(target.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  const plan = planOfDocument(services, document);
  const day = findDay(plan, target);
  return day ? { plan, day, document } : vscode.l10n.t('"{0}" is no longer in {1}', target.title, vscode.workspace.asRelativePath(uri));
}
