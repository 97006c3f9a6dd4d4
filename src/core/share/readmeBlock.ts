/**
 * The progress block of a README: the lines between `<!-- learning-plans:start -->` and
 * `<!-- learning-plans:end -->`, regenerated from the plans. Only those lines are ever replaced:
 * every byte outside them stays, the file's line endings are kept (CRLF stays CRLF), and when the
 * block already says the same thing nothing is written, so running it twice changes nothing.
 * Markers count only on a line of their own, outside code (documentation that shows the markers
 * in a code block is left alone).
 */
import { withoutControls } from '../text/controlChars';
import * as l10n from '@vscode/l10n';
import type { ParsedPlan } from '../model';
import { frontMatterTitle } from '../nodeLabels';
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';
import { Lines, type TextEdit } from '../edits/textEdit';
import type { StreakStats } from '../today/streak';
import { latestStamp, programStart } from '../today/activePlan';
import { LineRanges } from '../review/reviewText';
import { safeDecode } from '../links';

export const README_START = '<!-- learning-plans:start -->';
export const README_END = '<!-- learning-plans:end -->';

export interface ReadmePlan {
  readonly plan: ParsedPlan;
  /** The plan's path relative to the README's folder, with `/`: the table links to it. */
  readonly path: string;
}

export interface ReadmeBlockInput {
  readonly plans: readonly ReadmePlan[];
  readonly streak: StreakStats;
  readonly today: string;
  /** Images to show, relative to the README's folder: the heatmap, then the badges on one line. */
  readonly heatmap?: { readonly path: string; readonly alt: string };
  readonly badges?: readonly { readonly path: string; readonly alt: string }[];
}

/** Backslash-escapes what markdown would read as syntax in a table cell or link text; controls become spaces (controlChars.ts). */
export function escapeMarkdown(text: string): string {
  return withoutControls(text).replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

/** A relative path as a link target: each segment percent-encoded, parentheses too, so the link cannot end early. */
export function linkTarget(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29')).join('/');
}

/** The plan's name: its front matter's `title:` (as the tree and `index --json` name it), its first top-level heading, else its file name. */
function planName(plan: ParsedPlan): string {
  return frontMatterTitle(plan) ?? plan.root.children.find((child) => child.level === 1)?.title ?? plan.root.title;
}

/** The block's lines, markers excluded: images, a summary line, and a table of plans. Its words are English, like every file Learning Plans writes. */
export function readmeBlockLines(input: ReadmeBlockInput): string[] {
  const lines: string[] = [''];
  if (input.heatmap) lines.push(`![${escapeMarkdown(input.heatmap.alt)}](${linkTarget(input.heatmap.path)})`, '');
  if (input.badges?.length) lines.push(input.badges.map((b) => `![${escapeMarkdown(b.alt)}](${linkTarget(b.path)})`).join(' '), '');
  const s = input.streak;
  const daysDone = input.plans.reduce((n, p) => n + p.plan.root.progress.daysDone, 0);
  const last = input.plans.map((p) => latestStamp(p.plan, input.today)).filter((d): d is string => d !== null).sort().pop();
  const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
  lines.push(
    `**Streak:** ${days(s.current)} (longest ${days(s.longest)}) \u00b7 **Active days:** ${s.activeDays} \u00b7 **Plan days done:** ${daysDone}`
      + (last ? ` \u00b7 **Last studied:** ${last}` : ''),
    '',
  );
  if (input.plans.length > 0) {
    lines.push('| Plan | Progress |', '| --- | --- |');
    // In the program's order (Days 61-90 before Days 121-150, whatever the files are called), then by path; two
    // plans of one name are told apart by their files (a learner's table listed two rows alike).
    const rows = input.plans.map((entry) => ({ ...entry, start: programStart(entry.plan) ?? Number.MAX_SAFE_INTEGER, name: planName(entry.plan) }))
      .sort((a, b) => a.start - b.start || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const names = new Map<string, number>();
    for (const row of rows) names.set(row.name, (names.get(row.name) ?? 0) + 1);
    for (const { plan, path, name } of rows) {
      const label = names.get(name)! > 1 ? `${name} (${path})` : name;
      lines.push(`| [${escapeMarkdown(label)}](${linkTarget(path)}) | ${progressCell(plan)} |`);
    }
    lines.push('');
  }
  return lines;
}

/** `12/30 days (40%)`; a journal's entries, which count in no progress (a learner's read `0/0 tasks (0%)`). */
function progressCell(plan: ParsedPlan): string {
  if (plan.journal) return `journal, ${plan.days.length} ${plan.days.length === 1 ? 'entry' : 'entries'}`;
  const p = plan.root.progress;
  const [done, total, unit] = p.daysTotal > 0 ? [p.daysDone, p.daysTotal, 'days'] : [p.tasksDone, p.tasksTotal, 'tasks'];
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return `${done}/${total} ${unit} (${percent}%)`;
}

export type ReadmeUpdate =
  | { readonly kind: 'unchanged' }
  /** Replace the lines between the markers (`edit` spans whole lines), or add the block at the end. */
  | { readonly kind: 'replace' | 'append'; readonly edit: TextEdit; readonly text: string; readonly dropped: readonly string[] }
  | { readonly kind: 'refused'; readonly message: string };

const MARKER = (marker: string): RegExp => new RegExp(`^ {0,3}${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`);
const START = MARKER(README_START);
const END = MARKER(README_END);

const IMAGE = /!\[(?:[^\]\\]|\\.)*\]\(([^)\s]+)\)/g;

/** The image targets of lines, in order (as written: percent-encoded). */
function imagesOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) => [...line.matchAll(IMAGE)].map((match) => match[1]));
}

/**
 * The images the block showed (`current`) that `block` does not (their paths, decoded): a run that forgot its
 * `--heatmap` or `--badge` drops them, which deserves a word (a learner lost a heatmap and both badges so).
 */
function imagesDropped(current: readonly string[], block: readonly string[]): string[] {
  const kept = new Set(imagesOf(block));
  return imagesOf(current).filter((target) => !kept.has(target)).map((target) => safeDecode(target) ?? target);
}

/** Whether a line of a block is images alone (the heatmap, a line of badges), as readmeBlockLines writes them. */
function isImageLine(line: string): boolean {
  return line.trim() !== '' && line.replace(IMAGE, '').trim() === '';
}

/**
 * An image line with each image's text as `alts` says its file says now (by target, decoded): a badge kept by a run
 * given no image kept the streak it said when it was made (`study streak: 3 days` beside an SVG of 5, a trial's).
 */
function withAlts(line: string, alts: ReadonlyMap<string, string>): string {
  return line.replace(IMAGE, (whole, target: string) => {
    const alt = alts.get(safeDecode(target) ?? target);
    return alt === undefined ? whole : `![${escapeMarkdown(alt)}](${target})`;
  });
}

/**
 * `block` (readmeBlockLines, given no image) with the image lines the block shows now (`current`), as written: a run
 * that names no image keeps those of the run before (a learner refreshing the table lost the heatmap and badges).
 */
function withImagesOf(current: readonly string[], block: readonly string[], alts: ReadonlyMap<string, string> = new Map()): string[] {
  const images: string[] = [];
  for (const line of current) {
    if (isImageLine(line)) images.push(alts.size === 0 ? line : withAlts(line, alts), '');
    else if (line.trim() !== '') break;
  }
  return images.length === 0 ? [...block] : [block[0] ?? '', ...images, ...block.slice(1)];
}

/** The README's lines and its block's marker lines (HTML comment blocks of their own, not inside code). */
function markersOf(readme: string): { lines: Lines; starts: number[]; ends: number[] } {
  const lines = new Lines(readme);
  const literal = new LineRanges(buildPlan(inMemoryDocument('README.md', readme)).literalBlocks);
  // A marker is an HTML comment block of its own: a literal block that starts on it is fine, one around it is code.
  const own = (line: number): boolean => (literal.at(line)?.[0] ?? line) === line;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let line = 0; line < lines.count; line++) {
    const text = lines.at(line).replace(/^\uFEFF/, '');
    if (START.test(text) && own(line)) starts.push(line);
    else if (END.test(text) && own(line)) ends.push(line);
  }
  return { lines, starts, ends };
}

/** The images (their targets, decoded) the README's one block shows at its top: what a run given no image keeps. */
export function shownImages(readme: string): string[] {
  const { lines, starts, ends } = markersOf(readme);
  if (starts.length !== 1 || ends.length !== 1 || ends[0] < starts[0]) return [];
  const current: string[] = [];
  for (let line = starts[0] + 1; line < ends[0]; line++) current.push(lines.at(line));
  return imagesOf(withImagesOf(current, [])).map((target) => safeDecode(target) ?? target);
}

/**
 * How to bring the README's block up to date with `block` (lines from readmeBlockLines; with `keepImages`, the
 * images the block shows now stay at its top). Refuses, changing nothing, when the markers are ambiguous: several
 * blocks, an end before its start, one marker without the other.
 */
export function updateReadmeBlock(readme: string, given: readonly string[], keepImages = false, alts: ReadonlyMap<string, string> = new Map()): ReadmeUpdate {
  const { lines, starts, ends } = markersOf(readme);
  if (starts.length > 1 || ends.length > 1) {
    return { kind: 'refused', message: l10n.t('the README has {0} start and {1} end markers; keep one of each', starts.length, ends.length) };
  }
  if (starts.length !== ends.length) {
    const [has, lacks] = starts.length ? [README_START, README_END] : [README_END, README_START];
    return { kind: 'refused', message: l10n.t('the README has {0} without {1}', has, lacks) };
  }
  let block = given;
  if (starts.length === 0) {
    const eol = lines.breakAfter(0);
    const last = lines.count - 1;
    const end = { line: last, character: lines.at(last).length };
    const lead = readme.length === 0 ? '' : lines.at(last) === '' ? (last > 0 && lines.at(last - 1) === '' ? '' : eol) : eol + eol;
    const text = lead + [README_START, ...block, README_END].map((l) => l + eol).join('');
    return { kind: 'append', edit: { range: { start: end, end }, newText: text }, text, dropped: [] };
  }
  const [start, finish] = [starts[0], ends[0]];
  if (finish < start) return { kind: 'refused', message: l10n.t('{0} comes before {1}', README_END, README_START) };
  const eol = lines.breakAfter(start);
  const current: string[] = [];
  for (let line = start + 1; line < finish; line++) current.push(lines.at(line));
  if (keepImages) block = withImagesOf(current, block, alts);
  if (current.length === block.length && current.every((l, i) => l === block[i])) return { kind: 'unchanged' };
  const text = block.map((l) => l + eol).join('');
  return { kind: 'replace', edit: { range: { start: { line: start + 1, character: 0 }, end: { line: finish, character: 0 } }, newText: text }, text, dropped: imagesDropped(current, block) };
}

/**
 * Applies an edit that starts and ends at line starts or at the end of the text (what
 * updateReadmeBlock gives) to the file's bytes: bytes before and after are copied as they are,
 * whatever their encoding.
 */
export function applyLineRangeEditToBytes(bytes: Uint8Array, edit: TextEdit): Uint8Array {
  const lineStart: number[] = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) i++;
    if (bytes[i] === 10 || bytes[i] === 13) lineStart.push(i + 1);
  }
  const offset = (position: { line: number; character: number }): number => {
    if (position.line >= lineStart.length) throw new Error(`line ${position.line + 1} is past the end`);
    if (position.character === 0) return lineStart[position.line];
    if (position.line !== lineStart.length - 1) throw new Error('the edit must start and end at a line start or at the end');
    return bytes.length; // the end of the last line (a UTF-16 offset there is the end of the bytes)
  };
  const from = offset(edit.range.start);
  const to = offset(edit.range.end);
  const inserted = new TextEncoder().encode(edit.newText);
  const out = new Uint8Array(from + inserted.length + bytes.length - to);
  out.set(bytes.subarray(0, from), 0);
  out.set(inserted, from);
  out.set(bytes.subarray(to), from + inserted.length);
  return out;
}
