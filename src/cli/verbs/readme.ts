import * as fs from 'fs';
import * as path from 'path';
import { BADGE_WORDS, localIsoDate, readmeBlockLines, streakBadge, summarizeToday, updateReadmeFile } from '../../core';
import { readPlanFile } from '../files';
import { ArgReader } from '../options';
import { field, shellWord } from '../output';
import { loadPlans, requireFile } from '../plans';
import { portPath, posixRelative, reportWrite } from '../shareFiles';
import { refuseLeavingLink, writesResolved } from '../pathSafety';
import { EXIT, UsageError, type CliContext, type Verb } from '../verb';
import { shareSummary } from './heatmap';

/** Alt text for an image in the block: the SVG's own title, read from the file when it is there. */
async function altOf(file: string, fallback: string, context: CliContext): Promise<string> {
  const read = await readPlanFile(context.files, file, 1024 * 1024).catch(() => undefined);
  const title = read && 'text' in read ? /<title[^>]*>([^<]*)<\/title>/.exec(read.text)?.[1] : undefined;
  if (!title) return fallback;
  return title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export const readmeVerb: Verb = {
  name: 'readme',
  summary: 'Keep a README block current: images, streak and a table of the plans',
  usage: 'readme <README.md> <file-or-folder>... [--heatmap SVG] [--badge SVG]... [--no-images] [--today YYYY-MM-DD]',
  description: `Rewrite the block between <!-- learning-plans:start --> and <!-- learning-plans:end -->
of the README (added at its end when missing): the images, the streak and a table of the plans.
Only those lines change (atomically; nothing when they are current); CRLF stays CRLF. Several
blocks or a marker without its partner are refused (exit 1).
The images are those given (--heatmap, --badge, which replace the block's); given none, the block
keeps the images it shows; --no-images takes them out.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const heatmap = reader.value('--heatmap');
    const badges: string[] = [];
    for (let badge = reader.value('--badge'); badge !== null; badge = reader.value('--badge')) badges.push(badge);
    const noImages = reader.flag('--no-images');
    if (noImages && (heatmap !== null || badges.length > 0)) throw new UsageError('--no-images takes the images out: give it without --heatmap and --badge');
    // Given no image, the block keeps those it shows (a learner refreshing the table lost them).
    const keepImages = !noImages && heatmap === null && badges.length === 0;
    const given = reader.date('--today', '--date');
    const dateGiven = given !== null;
    const today = given ?? localIsoDate(context.clock());
    const maxBytes = reader.maxSize();
    const [readme, ...paths] = reader.positionals();
    if (!readme || paths.length === 0) throw new UsageError('readme needs the README file and at least one file or folder with plans');
    // The README comes first (`readme plans plans` was told plans is not a plan file).
    await requireFile(readme, context, 'a README', ' (create it first: the block is added at its end)');
    const own = path.resolve(readme);
    // The README's own checkboxes are not a plan to list.
    const loaded = await loadPlans(paths, context, maxBytes);
    const plans = loaded.filter((p) => path.resolve(p.file) !== own);
    const summary = shareSummary(plans, today, context);
    const folder = path.dirname(own);
    const badgeAlts = await Promise.all(badges.map((b) => altOf(b, 'badge', context)));
    const block = readmeBlockLines({
      plans: plans.map(({ plan, file }) => ({ plan, path: posixRelative(folder, file) })),
      streak: summary.streak,
      today,
      heatmap: heatmap ? { path: posixRelative(folder, heatmap), alt: await altOf(heatmap, 'Study activity', context) } : undefined,
      badges: badges.map((b, i) => ({ path: posixRelative(folder, b), alt: badgeAlts[i] })),
    });
    // A streak badge made on another day says another streak than the block beside it (a trial's said 3 days beside
    // "Streak: 1 day"): said, with the command that makes it again. The badge's own words only (a --label is the learner's).
    // As `badge` counts them: the README's own checkboxes too (a review's warning came back after the badge was made).
    const badgeStreak = loaded.length === plans.length ? summary.streak : summarizeToday(loaded.map((p) => p.plan), { today }).streak;
    const streakNow = `${BADGE_WORDS.streak}: ${streakBadge(badgeStreak).message}`;
    const dated = dateGiven ? ` --today ${today}` : '';
    badgeAlts.forEach((alt, i) => {
      if (alt.startsWith(`${BADGE_WORDS.streak}: `) && alt !== streakNow) {
        context.io.err(`learning-plans: warning: ${field(badges[i])} says "${field(alt)}", the plans "${streakNow}"${dated ? ` on ${today}` : ' today'}: make it again first (learning-plans badge ${paths.map((p) => shellWord(p)).join(' ')} --svg ${shellWord(badges[i])}${dated})`);
      }
    });
    // An image of a file that is not there is a broken image on GitHub: said, not refused (the SVG may be made next).
    for (const svg of [...(heatmap === null ? [] : [heatmap]), ...badges]) {
      if (!fs.existsSync(svg)) context.io.err(`learning-plans: warning: ${field(svg)} does not exist (yet): the README shows a broken image until it does`);
    }
    const real = portPath(refuseLeavingLink(readme));
    // Kept images say what their files say now (a trial's kept badge said 3 days beside an SVG made again for 5): an
    // SVG beside the README or below it, read for its title.
    // By file: a rewrite computed again (the README changed meanwhile) reads them again (a review's warned twice).
    const kept = new Map<string, string>();
    const keptAlt = async (target: string): Promise<string | null> => {
      if (!/\.svg$/i.test(target) || /^[a-z][a-z0-9+.-]*:|^[\\/]/i.test(target) || target.split(/[\\/]/).includes('..')) return null;
      // Named as the README was (`docs/README.md` gives `docs/streak.svg`).
      const file = path.join(path.dirname(readme), target);
      if (!fs.existsSync(file)) return null;
      const alt = await altOf(file, '', context);
      if (alt !== '') kept.set(file, alt);
      return alt === '' ? null : alt;
    };
    const written = await updateReadmeFile(context.files, real, block, maxBytes, keepImages, writesResolved, keptAlt);
    for (const [file, alt] of kept) {
      if (alt.startsWith(`${BADGE_WORDS.streak}: `) && alt !== streakNow) {
        context.io.err(`learning-plans: warning: ${field(file)} says "${field(alt)}", the plans "${streakNow}"${dated ? ` on ${today}` : ' today'}: make it again first (learning-plans badge ${paths.map((p) => shellWord(p)).join(' ')} --svg ${shellWord(file)}${dated})`);
      }
    }
    const result = written.ok ? written : { ...written, message: written.message.replace(real, readme) };
    reportWrite(readme, result, context);
    const dropped = result.ok ? (result.dropped ?? []) : [];
    if (dropped.length > 0) {
      const them = dropped.length === 1 ? 'it' : 'them';
      context.io.err(`learning-plans: note: the block no longer shows ${dropped.map(field).join(', ')}${noImages ? '' : `: give ${them} with the others (--heatmap, --badge) to keep ${them}`}`);
    }
    return EXIT.ok;
  },
};
