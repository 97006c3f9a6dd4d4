import * as fs from 'fs';
import * as path from 'path';
import {
  addLabLink, applyEditsToBytes, dayContent, isInside, labLocation, localIsoDate, relativePosix, renderLab, type LabTemplates,
} from '../../core';
import { ArgReader, positiveInteger } from '../options';
import { loadPlanForEdit } from '../plans';
import { CliError, EXIT, UsageError, type Verb } from '../verb';

/** The nearest folder at or above the plan's that holds .git or .learning-plans; else the plan's folder. */
function findRoot(planFile: string): string {
  const start = path.dirname(path.resolve(planFile));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git')) || fs.existsSync(path.join(dir, '.learning-plans'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

function readTemplates(root: string): LabTemplates {
  const read = (name: string): string | undefined => {
    const file = path.join(root, '.learning-plans', 'templates', name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
  return { notebook: read('notebook.ipynb'), notes: read('notes.md') };
}

/** The first existing symbolic link on the way from root to the lab's files (see the extension's twin). */
function symbolicLinkOnTheWay(root: string, segments: readonly string[]): string | undefined {
  const folders = segments.slice(0, -2);
  let current = root;
  const candidates: string[] = [];
  for (const segment of folders) candidates.push((current = path.join(current, segment)));
  for (const file of segments.slice(-2)) candidates.push(path.join(current, file));
  return candidates.find((candidate) => {
    try {
      return fs.lstatSync(candidate).isSymbolicLink();
    } catch {
      return false;
    }
  });
}

export const labVerb: Verb = {
  name: 'lab',
  usage: 'lab <file> <day-number> [--root DIR] [--no-link]',
  description: `Scaffold the day's lab (notebook + notes) in <root>/labs/<plan>/day-NNN-<title>/, never
overwriting, and link it under the day's heading (not with --no-link). The root is the
nearest folder above the plan holding .git or .learning-plans (templates are read from
<root>/.learning-plans/templates/), else the plan's folder.`,
  async run(args, context) {
    const reader = new ArgReader(args);
    const rootOption = reader.value('--root');
    const noLink = reader.flag('--no-link');
    const positionals = reader.positionals();
    if (positionals.length !== 2) throw new UsageError('lab needs a file and a day number');
    const [file, dayText] = positionals;
    const number = positiveInteger(dayText, 'the day number');
    const { io } = context;
    const loaded = loadPlanForEdit(file, context);
    const { plan } = loaded;
    const day = plan.days.find((d) => d.number === number);
    if (!day) throw new CliError(`${file} has no Day ${number}`);
    const root = path.resolve(rootOption ?? findRoot(file));
    const content = dayContent(plan, day);
    const where = labLocation('labs', content, plan.days.indexOf(day));
    const folder = path.join(root, ...where.folder);
    if (!isInside(folder.split(path.sep).join('/'), root.split(path.sep).join('/'))) {
      throw new CliError('the lab folder would be outside the root; nothing written');
    }
    const link = symbolicLinkOnTheWay(root, [...where.folder, where.notebook, where.notes]);
    if (link) throw new CliError(`${link} is a symbolic link, which could lead outside ${root}; nothing written`);
    const lab = renderLab(content, localIsoDate(context.clock()), readTemplates(root));
    lab.problems.forEach((p) => io.err(`learning-plans: warning: ${p}`));
    if (lab.unknown.length) io.err(`learning-plans: warning: unknown template placeholders left as is: ${lab.unknown.map((n) => `{{${n}}}`).join(', ')}`);
    fs.mkdirSync(folder, { recursive: true });
    const lines: string[] = [];
    for (const [name, text] of [[where.notebook, lab.notebook], [where.notes, lab.notes]] as const) {
      const target = path.join(folder, name);
      try {
        fs.writeFileSync(target, text, { flag: 'wx' }); // wx: fails if it exists, so nothing is overwritten
        lines.push(`created ${target}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        lines.push(`exists  ${target}`);
      }
    }
    if (!noLink) {
      const planDir = path.relative(root, path.dirname(path.resolve(file))).split(path.sep).join('/');
      const outcome = addLabLink(loaded.text, day, where.tag, relativePosix(planDir, [...where.folder, where.notebook].join('/')));
      if (outcome.ok && outcome.edits.length) {
        fs.writeFileSync(file, applyEditsToBytes(loaded.bytes, outcome.edits));
        lines.push(`linked  ${file}`);
      }
    }
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};
