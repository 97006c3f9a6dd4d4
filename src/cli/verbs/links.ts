import * as path from 'path';
import { allLinks, dayName, resolveLinkTarget } from '../../core';
import { native, portPath } from '../nodeFileSystem';
import { markedRoot } from '../shareFiles';
import { ArgReader, DAY_HELP, daySpec, exactly } from '../options';
import { field } from '../output';
import { dayOrRefuse, loadPlan } from '../plans';
import { EXIT, type Verb } from '../verb';

export const linksVerb: Verb = {
  name: 'links',
  summary: 'List the day\'s links (text and target)',
  usage: 'links <file> <DAY> [--today YYYY-MM-DD] [--max-size 5MB]',
  description: `List the day's links, one per line: text, a tab, target (a file the plan names relative to itself,
such as ../labs/day-034.ipynb, is given relative to the working folder, so it opens from there; one leading out of
the repository, or out of the working folder when there is none, is given as written). ${DAY_HELP}
--today (or --date) reads the plan as of that day: today is then the day current on it (for a past day, the
first day not done by then).`,
  async run(args, context) {
    const reader = new ArgReader(args);
    const on = reader.date('--today', '--date');
    const maxBytes = reader.maxSize();
    const [file, dayText] = exactly(reader.positionals(), 2, 'links', 'a file and a DAY');
    const spec = daySpec(dayText);
    const { plan } = await loadPlan(file, context, maxBytes);
    const day = dayOrRefuse(plan, spec, file, context, false, on ?? undefined, 'current');
    const links = allLinks(day);
    // One line per link, for scripts: none is no line (stderr says so), not an empty one.
    if (links.length === 0) context.io.err(`learning-plans: ${field(dayName(day, false))} in ${field(file)} has no links`);
    else {
      const root = rootOf(file);
      context.io.out(links.map((l) => `${field(l.text)}\t${field(fromHere(l.target, file, root))}`).join('\n'));
    }
    return EXIT.ok;
  },
};

/**
 * A link's target as a script run here can open it, read as the extension reads it (core/links.ts): a file
 * the plan names relative to itself (`../labs/day-034.ipynb`, percent-encoded) or to the repository (`/labs/x`,
 * as on GitHub) is given decoded and relative to the working folder, its `#fragment` kept; a URL or an anchor as
 * written, and so is a target the extension would not open (another scheme, a path out of the repository).
 */
export function fromHere(target: string, planFile: string, root: string, cwd = process.cwd()): string {
  const plan = path.resolve(cwd, planFile);
  const link = resolveLinkTarget(target, portPath(path.dirname(plan)), portPath(root));
  if (link.kind !== 'file') return target;
  return (path.relative(cwd, native(link.path)) || '.') + (link.fragment === null ? '' : `#${link.fragment}`);
}

/**
 * The folder a plan's links may lead within, and its `/x` links start from (found once per plan: it looks at the
 * disk): the repository (`.git`, `.learning-plans`) the plan is in; outside one, the working folder when the plan is
 * in it, as VS Code's workspace is the folder opened (a plan in `sub/` linking `../labs/x.ipynb` printed the link as
 * written, since only `sub/` was the root); else the plan's own folder.
 */
export function rootOf(planFile: string, cwd = process.cwd()): string {
  const folder = path.dirname(path.resolve(cwd, planFile));
  const marked = markedRoot(folder);
  if (marked !== null) return marked;
  const inside = path.relative(cwd, folder);
  return inside.split(path.sep)[0] !== '..' && !path.isAbsolute(inside) ? path.resolve(cwd) : folder;
}
