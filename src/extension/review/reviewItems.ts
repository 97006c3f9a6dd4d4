import * as vscode from 'vscode';
import { dayNumber, GRADES, wrapText, type Grade, type ReviewCard } from '../../core';

/** What accepting an item does; informational rows (the prompt, the answer, the day's fields) do nothing. */
export type ReviewAction = 'reveal' | 'open' | Grade;

export type ReviewItem = vscode.QuickPickItem & { readonly action?: ReviewAction };

/** Characters per row: a quick pick shows one line per item, so long text is wrapped into rows. */
const WIDTH = 78;
const MAX_ANSWER_ROWS = 14;
const MAX_FIELDS = 6;
const MAX_FIELD_ROWS = 2;

const GRADE_ICONS: Record<Grade, string> = { again: '$(error)', hard: '$(warning)', good: '$(pass)', easy: '$(star-full)' };

export function gradeName(grade: Grade): string {
  switch (grade) {
    case 'again': return vscode.l10n.t('Again');
    case 'hard': return vscode.l10n.t('Hard');
    case 'good': return vscode.l10n.t('Good');
    case 'easy': return vscode.l10n.t('Easy');
  }
}

/** `tomorrow`, `in 5 days`, `in 3 months`, `in 1.5 years`. */
export function interval(days: number): string {
  if (days <= 0) return vscode.l10n.t('today');
  if (days === 1) return vscode.l10n.t('tomorrow');
  if (days < 60) return vscode.l10n.t('in {0} days', days);
  if (days < 365) return vscode.l10n.t('in {0} months', Math.round(days / 30.4));
  return vscode.l10n.t('in {0} years', Math.round((days / 365) * 10) / 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function rows(icon: string, text: string, max = Infinity): ReviewItem[] {
  const lines = wrapText(text, WIDTH);
  const shown = lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]} \u2026`] : lines;
  return shown.map((line, i) => ({ label: `${i === 0 ? icon : '$(blank)'} ${line}`, alwaysShow: true }));
}

function separator(label: string): ReviewItem {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}


function openItem(card: ReviewCard): ReviewItem {
  const file = vscode.workspace.asRelativePath(vscode.Uri.parse(card.planUri));
  return { label: `$(go-to-file) ${vscode.l10n.t('Open in Plan')}`, description: `${file}:${card.line + 1}`, action: 'open', alwaysShow: true };
}

/** The row saying where the card comes from: its day or heading (the plan itself outside any), and the plan. */
function fromItem(card: ReviewCard, plan: string): ReviewItem {
  const { context } = card;
  const title = context.kind === 'plan' ? plan : context.title;
  const done = context.doneDate ? vscode.l10n.t('done {0}', context.doneDate) : '';
  return { label: `$(book) ${wrapText(title, WIDTH)[0] ?? ''}`, description: [context.kind === 'plan' ? '' : plan, done].filter(Boolean).join(' \u00b7 '), alwaysShow: true };
}

/**
 * The prompt step: the card's label (on the separator) and its prompt, Show Answer (the highlighted
 * item), and where it comes from (the day, not its fields: they could give the answer away).
 */
export function promptItems(card: ReviewCard, plan: string): { items: ReviewItem[]; active: ReviewItem } {
  const reveal: ReviewItem = { label: `$(eye) ${vscode.l10n.t('Show Answer')}`, description: vscode.l10n.t('Enter or Space'), action: 'reveal', alwaysShow: true };
  const items = [
    separator(card.label),
    ...rows('$(question)', card.prompt),
    separator(''),
    reveal,
    separator(vscode.l10n.t('From')),
    fromItem(card, plan),
    openItem(card),
  ];
  return { items, active: reveal };
}

export interface GradePreview {
  readonly due: string;
  readonly days: number;
}

/**
 * The answer step: the prompt again, the answer the plan nests under it, the four grades with the date
 * each one brings the card back (Good highlighted), then the day's other fields and where it is.
 */
export function answerItems(card: ReviewCard, plan: string, previews: Record<Grade, GradePreview>): { items: ReviewItem[]; active: ReviewItem } {
  const grades: ReviewItem[] = GRADES.map((grade, i) => ({
    label: `${GRADE_ICONS[grade]} ${gradeName(grade)}`,
    description: `${i + 1} \u00b7 ${interval(previews[grade].days)} (${previews[grade].due})`,
    action: grade,
    alwaysShow: true,
  }));
  const answer = card.answer.length
    ? [separator(vscode.l10n.t('Answer')), ...card.answer.flatMap((line, i) => rows(i === 0 ? '$(lightbulb)' : '$(blank)', line)).slice(0, MAX_ANSWER_ROWS)]
    : [];
  const fields = card.context.fields.slice(0, MAX_FIELDS).flatMap((field) => rows('$(blank)', `${field.name}: ${field.value}`, MAX_FIELD_ROWS));
  const items = [
    separator(card.label),
    ...rows('$(question)', card.prompt),
    ...answer,
    separator(vscode.l10n.t('How well did you recall it?')),
    ...grades,
    separator(vscode.l10n.t('From')),
    fromItem(card, plan),
    ...fields,
    openItem(card),
  ];
  return { items, active: grades[GRADES.indexOf('good')] };
}
