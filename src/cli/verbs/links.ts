import * as path from 'path';
import { allLinks } from '../../core';
import { ArgReader, DAY_HELP, daySpec, exactly } from '../options';
import { field } from '../output';
import { dayOrRefuse, loadPlan } from '../plans';
import { EXIT, type Verb } from '../verb';

export const linksVerb: Verb = {
  name: 'links',
  usage: 'links <file> <DAY> [--max-size 5MB]',
  description: `List the day's links, one per line: text, a tab, target (a file the plan names relative to itself,
such as ../labs/day-034.ipynb, is given relative to the working folder, so it opens from there). ${DAY_HELP}`,
  async run(args, context) {
    const reader = new ArgReader(args);
    const maxBytes = reader.maxSize();
    const [file, dayText] = exactly(reader.positionals(), 2, 'links', 'a file and a DAY');
    const spec = daySpec(dayText);
    const { plan } = await loadPlan(file, context, maxBytes);
    const day = dayOrRefuse(plan, spec, file, context);
    const links = allLinks(day);
    // One line per link, for scripts: none is no line (stderr says so), not an empty one.
    if (links.length === 0) context.io.err(`learning-plans: ${field(day.number !== null ? `Day ${day.number}` : day.title)} in ${field(file)} has no links`);
    else context.io.out(links.map((l) => `${field(l.text)}\t${field(fromHere(l.target, file))}`).join('\n'));
    return EXIT.ok;
  },
};

/**
 * A link's target as a script run here can open it: a URL (any scheme), a `//host` link or an anchor as written;
 * a file path, which the plan writes relative to its own folder and percent-encoded (`labs/a%20b.ipynb`), decoded
 * and given relative to the working folder, its `?query` or `#fragment` kept.
 */
export function fromHere(target: string, planFile: string, cwd = process.cwd()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//') || target === '') return target;
  const cut = target.search(/[?#]/);
  const file = cut < 0 ? target : target.slice(0, cut);
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A lone `%` is a character of the name.
  }
  return (path.relative(cwd, path.resolve(path.dirname(path.resolve(cwd, planFile)), decoded)) || '.') + (cut < 0 ? '' : target.slice(cut));
}
