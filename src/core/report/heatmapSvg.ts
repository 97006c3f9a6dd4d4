/**
 * A year of activity, GitHub-contribution style: one drawing for the progress page (inline, themed
 * by VS Code's colour variables) and for the CLI's `heatmap --svg` file (shown in a README, on
 * GitHub, in any browser). The SVG carries its own style: each colour is a VS Code theme variable
 * with a fallback, so inside a webview it follows the theme and anywhere else it uses the light
 * palette, or the dark one under `prefers-color-scheme: dark`. No scripts, no external references.
 */
import * as l10n from '@vscode/l10n';
import { addDays } from '../calendar/calendarDays';
import { activityWeeks, type StreakStats } from '../today/streak';
import { escapeXml } from './escapeXml';
import { formatMinutes } from '../study/duration';

export type HeatmapTheme = 'auto' | 'light' | 'dark';

export interface HeatmapOptions {
  /** `auto` (default): light, and dark under `prefers-color-scheme: dark`; or one palette only. */
  readonly theme?: HeatmapTheme;
  /** A file of its own: adds the SVG namespace (an inline SVG in HTML needs none). */
  readonly standalone?: boolean;
  /** The page's CSP nonce, for the SVG's `<style>` element when it is inline in a webview. */
  readonly nonce?: string;
  /** Where a day with activity links to (the progress page: its list of that day's work); no links without. */
  readonly cellHref?: (date: string) => string | null;
}

export interface HeatmapData {
  readonly today: string;
  readonly streak: StreakStats;
  /** Minutes of study sessions logged per date (`minutesByDate`), said in its cell's title (two hours of study said nothing). */
  readonly minutes?: ReadonlyMap<string, number>;
}

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const WEEKS = 53;
const TOP = 16;
const LEFT = 28;

// Functions, not constants: the translation bundle is configured after this module loads.
const months = (): string[] => [l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'), l10n.t('Jul'), l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec')];

const PALETTES = {
  light: { text: '#59636e', empty: '#ebedf0', green: '#1a7f37' },
  dark: { text: '#9198a1', empty: '#2d333b', green: '#3fb950' },
};

function palette(colors: (typeof PALETTES)['light']): string {
  return `.heatmap text{fill:var(--vscode-descriptionForeground,${colors.text})}`
    + `.heatmap .l0{fill:var(--vscode-editorWidget-border,${colors.empty})}`
    + `.heatmap .l1,.heatmap .l2,.heatmap .l3,.heatmap .l4{fill:var(--vscode-charts-green,${colors.green})}`;
}

function style(theme: HeatmapTheme): string {
  const fonts = '-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif';
  const common = `.heatmap text{font-family:var(--vscode-font-family,${fonts});font-size:9px;text-rendering:geometricPrecision}`
    + '.heatmap .l1{fill-opacity:.3}.heatmap .l2{fill-opacity:.5}.heatmap .l3{fill-opacity:.75}.heatmap .l4{fill-opacity:1}';
  if (theme !== 'auto') return common + palette(PALETTES[theme]);
  return common + palette(PALETTES.light) + `@media (prefers-color-scheme: dark){${palette(PALETTES.dark)}}`;
}

/** `1 day`, `3 days` (never `1 days`). */
function dayCount(n: number): string {
  return n === 1 ? l10n.t('1 day') : l10n.t('{0} days', n);
}

/** 0 for nothing, else 1-4 relative to the busiest day shown. */
function level(count: number, max: number): number {
  if (count <= 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(max, 1)) * 4));
}

/** A year of activity up to `today`: 53 columns of weeks, Monday on top, a legend below. */
export function heatmapSvg(data: HeatmapData, options: HeatmapOptions = {}): string {
  const weeks = activityWeeks(data.streak.countOn, data.today, WEEKS);
  const monthNames = months();
  const counts = weeks.flatMap((week) => week.days.map((count) => count ?? 0));
  const max = Math.max(0, ...counts);
  const total = counts.reduce((sum, n) => sum + n, 0);
  // A day with a study session but nothing marked done kept the streak: it is active, in the lightest shade.
  const studiedOnly = (date: string, count: number): boolean => count === 0 && data.streak.activeOn(date);
  let activeDays = 0;
  for (const week of weeks) {
    week.days.forEach((count, d) => {
      if (count !== null && (count > 0 || studiedOnly(addDays(week.start, d), count))) activeDays++;
    });
  }
  const parts: string[] = [];
  weeks.forEach((week, w) => {
    const month = week.start.slice(5, 7);
    const previous = w > 0 ? weeks[w - 1].start.slice(5, 7) : '';
    // A label where a month starts; the first column's only if its month lasts long enough to fit it.
    const fits = w > 0 || weeks.slice(1, 3).every((next) => next.start.slice(5, 7) === month);
    if (month !== previous && fits) {
      parts.push(`<text x="${LEFT + w * STEP}" y="10">${escapeXml(monthNames[Number(month) - 1])}</text>`);
    }
    week.days.forEach((count, d) => {
      if (count === null) return;
      const date = addDays(week.start, d);
      const studied = studiedOnly(date, count);
      const minutes = data.minutes?.get(date) ?? 0;
      const cellTitle = studied
        ? (minutes > 0 ? l10n.t('{0}: {1} studied, nothing marked done', date, formatMinutes(minutes)) : l10n.t('{0}: studied, nothing marked done', date))
        : (minutes > 0 && count > 0 ? l10n.t('{0}: {1} done, {2} studied', date, count, formatMinutes(minutes)) : l10n.t('{0}: {1} done', date, count));
      const rect = `<rect x="${LEFT + w * STEP}" y="${TOP + d * STEP}" width="${CELL}" height="${CELL}" rx="2" class="l${studied ? 1 : level(count, max)}"><title>${escapeXml(cellTitle)}</title></rect>`;
      const href = count > 0 ? options.cellHref?.(date) : null;
      parts.push(href ? `<a href="${escapeXml(href)}" aria-label="${escapeXml(cellTitle)}">${rect}</a>` : rect);
    });
  });
  [l10n.t('Mon'), l10n.t('Wed'), l10n.t('Fri')].forEach((name, i) => parts.push(`<text x="0" y="${TOP + (i * 2) * STEP + CELL - 1}">${escapeXml(name)}</text>`));

  const width = LEFT + WEEKS * STEP;
  const legendY = TOP + 7 * STEP + 4;
  const legendCells = [0, 1, 2, 3, 4].map((l, i) => `<rect x="${width - 34 - (5 - i) * STEP}" y="${legendY}" width="${CELL}" height="${CELL}" rx="2" class="l${l}"/>`).join('');
  parts.push(
    `<text x="${LEFT}" y="${legendY + CELL - 1}">${escapeXml(l10n.t('{0} done, active on {1} in the last year', total, dayCount(activeDays)))}</text>`,
    `<text x="${width - 34 - 5 * STEP - 4}" y="${legendY + CELL - 1}" text-anchor="end">${escapeXml(l10n.t('Less'))}</text>`,
    legendCells,
    `<text x="${width - 30}" y="${legendY + CELL - 1}">${escapeXml(l10n.t('More'))}</text>`,
  );
  const height = legendY + CELL + 2;

  const first = weeks[0].start;
  const title = l10n.t('Study activity from {0} to {1}', first, data.today);
  const s = data.streak;
  const desc = l10n.t('{0} done, active on {1}; current streak {2}, longest {3}.', total, dayCount(activeDays), dayCount(s.current), dayCount(s.longest));
  const xmlns = options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const nonce = options.nonce ? ` nonce="${escapeXml(options.nonce)}"` : '';
  return `<svg${xmlns} class="heatmap" role="img" aria-labelledby="lp-heatmap-title lp-heatmap-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<title id="lp-heatmap-title">${escapeXml(title)}</title><desc id="lp-heatmap-desc">${escapeXml(desc)}</desc>`
    + `<style${nonce}>${style(options.theme ?? 'auto')}</style>`
    + parts.join('')
    + '</svg>';
}
