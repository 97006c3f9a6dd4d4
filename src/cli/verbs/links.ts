import * as path from 'path';
import { allLinks, checkLinkTarget, dayName, resolveLinkTarget, type FileSystemPort, type Link } from '../../core';
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
such as ../labs/day-034.ipynb, is given relative to the working folder, so it opens from there; one named like a
URL or an option keeps a ./, ./javascript:x, ./-rf). A link the
extension would not open (another scheme than http, https and mailto, a mail link setting other headers than
subject, body, cc and bcc, a file out of the repository, or out of the working folder when there is none, or
through a symbolic link) is not listed: stderr names it and says why. A javascript:, vbscript: or file: target
(or data: but an image's) is no link in markdown (it reads as text, as on GitHub): neither listed nor named. ${DAY_HELP}
--today (or --date) reads the plan as of that day: today is then the day current on it, as status names it
for that day.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const on = reader.date('--today', '--date');
    const maxBytes = reader.maxSize();
    const [file, dayText] = exactly(reader.positionals(), 2, 'links', 'a file and a DAY');
    const spec = daySpec(dayText);
    const { plan } = await loadPlan(file, context, maxBytes);
    const day = dayOrRefuse(plan, spec, file, context, { studiedOn: on ?? undefined, means: 'asStatus' });
    const links = allLinks(day);
    // One line per link, for scripts: none is no line (stderr says so), not an empty one.
    if (links.length === 0) context.io.err(`learning-plans: ${field(dayName(day, false))} in ${field(file)} has no links`);
    else {
      // Every line of stdout is a target a script may open: a refused one goes to stderr, with the reason the
      // extension gives (`not opening "command:...": ...`), so the learner still sees it is there.
      const shown = await checkedLinks(links, file, context.files);
      const offered = shown.filter((l) => l.refused === null);
      if (offered.length > 0) context.io.out(offered.map((l) => `${field(l.text)}\t${field(l.shown)}`).join('\n'));
      for (const l of shown) {
        if (l.refused !== null) context.io.err(`learning-plans: warning: ${field(file)}:${l.line + 1}: not opening "${field(l.target)}": ${field(l.refused)}`);
      }
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
  const relative = path.relative(cwd, native(link.path)) || '.';
  // A file named like a URL or an option (`./javascript:alert(1)`, `./-rf`) keeps a `./`: a script that opens the
  // line, or passes it to a command, would read `javascript:alert(1)` as a scheme and `-rf` as an option (a trial's).
  const safe = !path.isAbsolute(relative) && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(relative) || relative.startsWith('-')) ? `.${path.sep}${relative}` : relative;
  return safe + (link.fragment === null ? '' : `#${link.fragment}`);
}

/** A day's link (its target as written) with what the CLI prints for it. */
export interface CheckedLink extends Link {
  /** The target as printed: an offered file from the working folder (fromHere); anything else as written. */
  readonly shown: string;
  /** Why the extension would not open it (core/links.ts checkLinkTarget), or null when it would. */
  readonly refused: string | null;
}

/**
 * The links, each read by the extension's rule (core/links.ts checkLinkTarget, the disk looked at through `files`),
 * the root as rootOf finds it. An offered file is given from the working folder (fromHere); a refused link as written.
 */
export async function checkedLinks(links: readonly Link[], planFile: string, files: FileSystemPort, cwd = process.cwd()): Promise<CheckedLink[]> {
  if (links.length === 0) return [];
  const root = rootOf(planFile, cwd);
  const planDir = portPath(path.dirname(path.resolve(cwd, planFile)));
  return Promise.all(links.map(async (link) => {
    const checked = await checkLinkTarget(files, link.target, planDir, portPath(root));
    return checked.kind === 'refused'
      ? { ...link, shown: link.target, refused: checked.reason }
      : { ...link, shown: fromHere(link.target, planFile, root, cwd), refused: null };
  }));
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
