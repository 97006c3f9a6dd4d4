/**
 * The progress view's page, rendered from the model as a plain string (no scripts, no remote
 * resources; colours come from the VS Code theme's CSS variables). Pure, so it is unit tested.
 */
import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode } from '../model';
import { planTitle } from '../nodeLabels';
import type { TodaySummary } from '../today/today';
import { escapeXml } from './escapeXml';
import { loggedMinutes, minutesByDate } from '../timer/sessionTotals';
import { formatMinutes } from '../study/duration';
import { studyTime } from '../study/studyTime';
import { heatmapSvg } from './heatmapSvg';
import { doneByDate } from './doneByDate';
import { notStartedUntil } from '../schedule/schedule';
import { addDays } from '../calendar/calendarDays';

export { heatmapSvg };

export const escapeHtml = escapeXml;

/** Where a plan, module, day or task opens (the extension: a command link); null: the page has no links. */
export type OpenHref = (planUri: string, line: number) => string | null;

function linked(label: string, href: string | null): string {
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** `count` is the already translated `3/7 days` or `2/5 tasks`. */
function bar(label: string, href: string | null, done: number, total: number, count: string, extraClass = ''): string {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return `<div class="row ${extraClass}"><span class="name">${linked(label, href)}</span>`
    + `<span class="bar" role="progressbar" aria-label="${escapeHtml(label)}" aria-valuenow="${percent}" aria-valuemin="0" aria-valuemax="100"><span class="p${percent}"></span></span>`
    + `<span class="count">${escapeHtml(count)}</span></div>`;
}

/** `45 min of 3 h 30 min studied`: the logged sessions next to the planned estimates, when there are any. */
function timeText(node: PlanNode): string {
  const studied = loggedMinutes(node);
  const planned = studyTime(node).total;
  if (studied === 0) return '';
  return ' · ' + (planned > 0 ? l10n.t('{0} of {1} studied', formatMinutes(studied), formatMinutes(planned)) : l10n.t('{0} studied', formatMinutes(studied)));
}

function nodeBar(node: PlanNode, title: string, href: string | null, extraClass: string, journal = false): string {
  const p = node.progress;
  const time = timeText(node);
  if (journal && p.daysTotal === 0 && p.tasksTotal === 0) {
    // A journal's entries are records, not work to do: their number, no progress bar stuck at 0%.
    const entries = countEntries(node);
    const count = entries === 1 ? l10n.t('1 entry') : l10n.t('{0} entries', entries);
    return `<div class="row ${extraClass}"><span class="name">${linked(title, href)}</span><span class="count">${escapeHtml(count + time)}</span></div>`;
  }
  return p.daysTotal > 0
    ? bar(title, href, p.daysDone, p.daysTotal, l10n.t('{0}/{1} days', p.daysDone, p.daysTotal) + time, extraClass)
    : bar(title, href, p.tasksDone, p.tasksTotal, l10n.t('{0}/{1} tasks', p.tasksDone, p.tasksTotal) + time, extraClass);
}

function countEntries(node: PlanNode): number {
  return (node.kind === 'day' ? 1 : 0) + node.children.reduce((n, child) => n + countEntries(child), 0);
}

/** Rest today, rest days the streak passed over, and where the schedule stands. */
function restAndSchedule(summary: TodaySummary): string {
  const s = summary.streak;
  const parts: string[] = [];
  if (s.restToday && !s.activeToday) parts.push(l10n.t('Rest day today: the streak holds.'));
  if (s.restDays.length > 0) parts.push(l10n.t('Rest days passed over: {0} ({1})', s.restDays.length, s.restDays.slice(-3).join(', ') + (s.restDays.length > 3 ? ', …' : '')));
  const day = summary.currentDay;
  if (day && summary.schedule?.end) {
    const behind = summary.schedule.behind(day, summary.today);
    const n = Math.abs(behind);
    const days = n === 1 ? l10n.t('1 day') : l10n.t('{0} days', n);
    const plan = summary.activePlan;
    const starts = behind === 0 && plan ? notStartedUntil(plan, summary.schedule.dateOf(plan.days.indexOf(day)), summary.today) : null;
    parts.push(starts !== null ? l10n.t('starts {0}', starts) : behind > 0 ? l10n.t('{0} behind schedule', days) : behind < 0 ? l10n.t('{0} ahead of schedule', days) : l10n.t('on schedule'));
    // An end already past is the plan's as it was dated, as the status bar says it.
    const end = summary.schedule.end;
    parts.push(end < summary.today ? l10n.t('was to end {0}', end) : l10n.t('ends {0}', end));
  }
  return parts.length ? `<p class="rest">${escapeHtml(parts.join(' · '))}</p>` : '';
}

function containers(node: PlanNode): PlanNode[] {
  return node.children.flatMap((c) => (c.kind === 'cycle' ? containers(c) : c.kind === 'module' ? [c] : []));
}

function daysOf(node: PlanNode): PlanNode[] {
  return node.kind === 'day' ? [node] : node.children.flatMap(daysOf);
}

/** A module's days as small linked chips (the map): number or short title, done or open, each named for screen readers. */
function dayChips(days: readonly PlanNode[], planUri: string, open: OpenHref | undefined): string {
  if (days.length === 0) return '';
  const chips = days.map((day) => {
    const label = day.number !== null ? String(day.number) : day.title.slice(0, 3);
    const state = day.done ? l10n.t('done') : l10n.t('open');
    const name = `${day.title} (${day.doneDate ? l10n.t('done {0}', day.doneDate) : state})`;
    const href = open?.(planUri, day.line) ?? null;
    const inner = href ? `<a href="${escapeHtml(href)}" title="${escapeHtml(name)}" aria-label="${escapeHtml(name)}">${escapeHtml(label)}</a>` : `<span title="${escapeHtml(name)}" aria-label="${escapeHtml(name)}">${escapeHtml(label)}</span>`;
    return `<li class="${day.done ? 'done' : 'open'}">${inner}</li>`;
  });
  return `<ul class="days">${chips.join('')}</ul>`;
}

/** The list behind each heatmap cell: what was done that day, each item opening where it is. */
function doneSections(plans: readonly ParsedPlan[], summary: TodaySummary, open: OpenHref | undefined): string {
  const done = doneByDate(plans, addDays(summary.today, -7 * 53), summary.today);
  const dates = [...done.keys()].sort().reverse();
  if (dates.length === 0) return '';
  const sections = dates.map((date) => {
    const items = done.get(date)!.map((item) => `<li>${linked(item.title, open?.(item.planUri, item.line) ?? null)} <span class="where">· ${escapeHtml(item.planTitle)}</span></li>`).join('');
    return `<section id="done-${date}" class="done-day"><h3>${escapeHtml(date)}</h3><ul>${items}</ul></section>`;
  });
  return `<h2>${escapeHtml(l10n.t('Done, day by day'))}</h2>${sections.join('')}`;
}

export interface ProgressPage {
  readonly summary: TodaySummary;
  readonly plans: readonly ParsedPlan[];
  /** The webview's `cspSource`, and a fresh nonce for the one style element. */
  readonly cspSource: string;
  readonly nonce: string;
  /** The display language (`vscode.env.language`), for the page's `lang`. */
  readonly language?: string;
  /** Links that open a plan at a line; without, the page is a picture (tests, exports). */
  readonly open?: OpenHref;
  /** Spaced review, when the plans have cards: shown beside the streak. */
  readonly review?: ReviewNumbers;
}

export interface ReviewNumbers {
  /** Review cards in the plans. */
  readonly cards: number;
  /** Cards to review today (the view badge's number). */
  readonly due: number;
  /** Reviews logged from this week's Monday to today. */
  readonly reviewedThisWeek: number;
}

function reviewStats(review: ReviewNumbers | undefined): string {
  if (!review || (review.cards === 0 && review.reviewedThisWeek === 0)) return '';
  return `<div class="stat review"><strong>${review.due}</strong>${escapeHtml(l10n.t('cards due for review'))}</div>\n`
    + `<div class="stat review"><strong>${review.reviewedThisWeek}</strong>${escapeHtml(l10n.t('reviewed this week'))}</div>\n`;
}

export function renderProgressHtml(page: ProgressPage): string {
  const { summary, plans, nonce } = page;
  const s = summary.streak;
  const current = summary.currentDay && summary.activePlan
    ? `<p>${l10n.t('Today: {0} in {1}', `<strong>${escapeHtml(summary.currentDay.title)}</strong>`, escapeHtml(planTitle(summary.activePlan)))}</p>`
    : '';
  const open = page.open;
  const planSections = plans.map((plan) => {
    const title = planTitle(plan);
    const modules = containers(plan.root).map((m) => nodeBar(m, m.title, open?.(plan.uri, m.line) ?? null, 'module') + dayChips(daysOf(m), plan.uri, open)).join('');
    const loose = containers(plan.root).length === 0 && !plan.journal ? dayChips(plan.days, plan.uri, open) : '';
    return `<section aria-label="${escapeHtml(title)}">${nodeBar(plan.root, title, open?.(plan.uri, 0) ?? null, 'plan', plan.journal)}${modules}${loose}</section>`;
  }).join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language ?? 'en')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${page.cspSource}; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(l10n.t('Learning Progress'))}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 12px 20px; }
h1 { font-size: 1.4em; font-weight: 600; }
.stats { display: flex; gap: 28px; margin: 8px 0 16px; }
.stat strong { display: block; font-size: 1.8em; }
svg.heatmap { max-width: 100%; height: auto; }
section { margin: 14px 0; }
.row { display: grid; grid-template-columns: minmax(12em, 28em) 1fr minmax(8em, max-content); gap: 10px; align-items: center; margin: 4px 0; }
.row.module .name { padding-left: 1.2em; color: var(--vscode-descriptionForeground); }
.row.plan .name { font-weight: 600; }
.bar { height: 8px; background: var(--vscode-editorWidget-border, #8884); border-radius: 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--vscode-charts-green); }
${Array.from({ length: 101 }, (_, i) => `.p${i}{width:${i}%}`).join('')}
.count { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
a:focus-visible, svg a:focus rect { outline: 1px solid var(--vscode-focusBorder); }
ul.days { list-style: none; display: flex; flex-wrap: wrap; gap: 3px; margin: 2px 0 8px 1.2em; padding: 0; }
ul.days li { min-width: 1.9em; text-align: center; border-radius: 3px; font-size: 0.85em; border: 1px solid var(--vscode-editorWidget-border, #8884); }
ul.days li.done { background: var(--vscode-charts-green); }
ul.days li.done a, ul.days li.done span { color: var(--vscode-editor-background); }
ul.days li a, ul.days li span { display: block; padding: 0 3px; }
.done-day h3 { font-size: 1em; margin: 10px 0 2px; }
.done-day ul { margin: 0; }
.where { color: var(--vscode-descriptionForeground); }
</style></head>
<body>
<h1>${escapeHtml(l10n.t('Learning progress'))}</h1>
<div class="stats">
<div class="stat"><strong>${s.current}</strong>${escapeHtml(l10n.t('current streak'))}</div>
<div class="stat"><strong>${s.longest}</strong>${escapeHtml(l10n.t('longest streak'))}</div>
<div class="stat"><strong>${s.activeDays}</strong>${escapeHtml(l10n.t('active days'))}</div>
<div class="stat"><strong>${s.doneThisWeek}</strong>${escapeHtml(l10n.t('done this week'))}</div>
<div class="stat"><strong>${summary.daysDone}</strong>${escapeHtml(l10n.t('plan days done'))}</div>
${reviewStats(page.review)}</div>
${current}
${restAndSchedule(summary)}
${heatmapSvg({ ...summary, minutes: minutesByDate(plans) }, { nonce, cellHref: (date) => `#done-${date}` })}
<h2>${escapeHtml(l10n.t('Plans'))}</h2>
${planSections || `<p>${escapeHtml(l10n.t('No plans found.'))}</p>`}
${doneSections(plans, summary, open)}
</body></html>`;
}
