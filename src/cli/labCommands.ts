import * as fs from 'fs';
import * as path from 'path';
import {
  addLabLink, allLinks, applyEditsToBytes, dayContent, isInside, labLocation, localIsoDate, relativePosix, renderLab,
  type Clock, type LabTemplates, type ParsedPlan, type PlanNode,
} from '../core';
import type { CliArgs } from './args';
import { readPlanForEdit } from './files';
import type { CliIo } from './io';

type LabArgs = Extract<CliArgs, { command: 'lab' | 'links' }>;

function loadDay(args: LabArgs, io: CliIo): { plan: ParsedPlan; day: PlanNode; bytes: Uint8Array; text: string } | number {
  const read = readPlanForEdit(args.file, io.err);
  if (typeof read === 'number') return read;
  const day = read.plan.days.find((d) => d.number === args.day);
  if (!day) {
    io.err(`learning-plans: ${args.file} has no Day ${args.day}`);
    return 1;
  }
  return { ...read, day };
}

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

export function runLinks(args: Extract<LabArgs, { command: 'links' }>, io: CliIo): number {
  const loaded = loadDay(args, io);
  if (typeof loaded === 'number') return loaded;
  io.out(allLinks(loaded.day).map((l) => `${l.text}\t${l.target}`).join('\n'));
  return 0;
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

/** `lab`: the same lab as the extension's command: same templates, same safety, never overwriting. */
export function runLab(args: Extract<LabArgs, { command: 'lab' }>, io: CliIo, clock: Clock): number {
  const loaded = loadDay(args, io);
  if (typeof loaded === 'number') return loaded;
  const { plan, day } = loaded;
  const root = path.resolve(args.root ?? findRoot(args.file));
  const content = dayContent(plan, day);
  const where = labLocation('labs', content, plan.days.indexOf(day));
  const folder = path.join(root, ...where.folder);
  if (!isInside(folder.split(path.sep).join('/'), root.split(path.sep).join('/'))) {
    io.err('learning-plans: the lab folder would be outside the root; nothing written');
    return 1;
  }
  const link = symbolicLinkOnTheWay(root, [...where.folder, where.notebook, where.notes]);
  if (link) {
    io.err(`learning-plans: ${link} is a symbolic link, which could lead outside ${root}; nothing written`);
    return 1;
  }
  const lab = renderLab(content, localIsoDate(clock()), readTemplates(root));
  lab.problems.forEach((p) => io.err(`learning-plans: warning: ${p}`));
  if (lab.unknown.length) io.err(`learning-plans: warning: unknown template placeholders left as is: ${lab.unknown.map((n) => `{{${n}}}`).join(', ')}`);
  fs.mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  for (const [name, text] of [[where.notebook, lab.notebook], [where.notes, lab.notes]] as const) {
    const file = path.join(folder, name);
    try {
      fs.writeFileSync(file, text, { flag: 'wx' }); // wx: fails if it exists, so nothing is overwritten
      lines.push(`created ${file}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      lines.push(`exists  ${file}`);
    }
  }
  if (args.link) {
    const planDir = path.relative(root, path.dirname(path.resolve(args.file))).split(path.sep).join('/');
    const outcome = addLabLink(loaded.text, day, where.tag, relativePosix(planDir, [...where.folder, where.notebook].join('/')));
    if (outcome.ok && outcome.edits.length) {
      fs.writeFileSync(args.file, applyEditsToBytes(loaded.bytes, outcome.edits));
      lines.push(`linked  ${args.file}`);
    }
  }
  io.out(lines.join('\n'));
  return 0;
}
