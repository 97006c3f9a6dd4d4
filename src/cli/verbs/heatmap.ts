import { heatmapSvg, localIsoDate, minutesByDate, summarizeToday, writeGeneratedFile, type HeatmapTheme, type TodaySummary } from '../../core';
import { ArgReader } from '../options';
import { loadPlans, noPlanIn, warnFutureDates, type LoadedPlan } from '../plans';
import { pathsOrDefault, portPath, reportWrite } from '../shareFiles';
import { refuseLeavingLink, writesResolved } from '../pathSafety';
import { EXIT, UsageError, type CliContext, type Verb } from '../verb';

/** The summary the sharing verbs draw from, with the same warning as `status` about stamps after today. */
export function shareSummary(plans: readonly LoadedPlan[], today: string, context: CliContext): TodaySummary {
  const summary = summarizeToday(plans.map((p) => p.plan), { today });
  // As status says it: the day it marks is done (a progress badge counts it), its date is no day of study yet (a
  // trial's badge counted a stamp the warning called ignored).
  warnFutureDates(plans, summary.streak.futureDates, today, ': no streak or heatmap counts it until then', context);
  return summary;
}

/**
 * `--svg FILE` (or `-`), read with the other options so a bad name is told before any plan is read. Only a
 * name ending in `.svg`: a slip of the keyboard (`--svg plans/day.md`) must not replace a plan with a drawing.
 */
export function svgOption(reader: ArgReader, verb: string): string {
  const out = reader.value('--svg');
  if (!out) throw new UsageError(`${verb} needs --svg <file> (or --svg - for standard output)`);
  if (out !== '-' && !/\.svg$/i.test(out)) throw new UsageError(`--svg takes a file name ending in .svg (or - for standard output), not '${out}'`);
  return out;
}

/** Writes generated text to `out` (see svgOption), or prints it for `-`. */
export async function writeOutput(out: string, text: string, context: CliContext, maxBytes: number): Promise<number> {
  if (out === '-') {
    context.io.out(text.replace(/\n$/, ''));
    return EXIT.ok;
  }
  const real = portPath(refuseLeavingLink(out));
  const result = await writeGeneratedFile(context.files, real, new TextEncoder().encode(text), maxBytes, { resolved: writesResolved });
  reportWrite(out, result.ok ? result : { ...result, message: result.message.replace(real, out) }, context);
  return EXIT.ok;
}

export const heatmapVerb: Verb = {
  name: 'heatmap',
  summary: 'A year of study as an SVG, GitHub style',
  usage: 'heatmap [<file-or-folder>...] --svg <out.svg> [--theme auto|light|dark] [--today YYYY-MM-DD]',
  description: `A year of study as an SVG, GitHub style (the progress page's own drawing): a cell per day
with its count as a title, light and dark palettes by prefers-color-scheme (--theme fixes one), no
scripts or external references. Written only when it changes; --svg - prints it.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const out = svgOption(reader, 'heatmap');
    const theme = reader.value('--theme') ?? 'auto';
    const today = reader.date('--today', '--date') ?? localIsoDate(context.clock());
    const maxBytes = reader.maxSize();
    // No path: the repository around the working folder, as status reads it.
    const paths = pathsOrDefault(reader.positionals(), 'heatmap');
    if (!['auto', 'light', 'dark'].includes(theme)) throw new UsageError(`--theme must be auto, light or dark, not '${theme}'`);
    const plans = await loadPlans(paths, context, maxBytes);
    if (plans.length === 0) context.io.err(`learning-plans: warning: ${noPlanIn(paths)}: the heatmap shows no activity`);
    const summary = shareSummary(plans, today, context);
    return writeOutput(out, heatmapSvg({ ...summary, minutes: minutesByDate(plans.map((p) => p.plan)) }, { standalone: true, theme: theme as HeatmapTheme }) + '\n', context, maxBytes);
  },
};
