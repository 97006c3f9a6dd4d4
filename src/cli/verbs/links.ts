import { allLinks } from '../../core';
import { ArgReader, DAY_HELP, daySpec, exactly } from '../options';
import { field } from '../output';
import { dayOrRefuse, loadPlan } from '../plans';
import { EXIT, type Verb } from '../verb';

export const linksVerb: Verb = {
  name: 'links',
  usage: 'links <file> <DAY> [--max-size 5MB]',
  description: `List the day's links, one per line: text, a tab, target. ${DAY_HELP}`,
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
    else context.io.out(links.map((l) => `${field(l.text)}\t${field(l.target)}`).join('\n'));
    return EXIT.ok;
  },
};
