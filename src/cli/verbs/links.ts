import { allLinks } from '../../core';
import { ArgReader, positiveInteger } from '../options';
import { loadPlanForEdit } from '../plans';
import { CliError, EXIT, UsageError, type Verb } from '../verb';

export const linksVerb: Verb = {
  name: 'links',
  usage: 'links <file> <day-number>',
  description: 'List the day\'s links, one per line: text, a tab, target.',
  async run(args, context) {
    const positionals = new ArgReader(args).positionals();
    if (positionals.length !== 2) throw new UsageError('links needs a file and a day number');
    const [file, dayText] = positionals;
    const number = positiveInteger(dayText, 'the day number');
    const { plan } = loadPlanForEdit(file, context);
    const day = plan.days.find((d) => d.number === number);
    if (!day) throw new CliError(`${file} has no Day ${number}`);
    context.io.out(allLinks(day).map((l) => `${l.text}\t${l.target}`).join('\n'));
    return EXIT.ok;
  },
};
