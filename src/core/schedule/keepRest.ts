/**
 * Rest read from a plan's planned dates (restDays.ts plannedRest) is a reading of those dates, not something the
 * learner wrote: a replan that dates days anew can change it. A Mon/Wed/Fri plan shifted by a day read as one of
 * every day, its undated days then four in a row, and a Monday-to-Friday tracker shifted past its one dated Friday
 * lost its Fridays (a trial's). Where the new dates would read other rest than the replan planned around, the
 * replan writes that rest into the front matter (`rest: [tue, thu, sat, sun]`), so the plan keeps it, in the diff
 * the learner sees before it is written.
 */
import type { ParsedPlan } from '../model';
import { applyTextEdits, Lines, type TextEdit } from '../edits/textEdit';
import * as l10n from '@vscode/l10n';
import { frontMatterRest, plannedRest, weekdayCodes } from './restDays';
import type { ScheduleOptions } from './schedule';

/** The rest the replan of `plan` planned around that `replanned` (its text after the new dates) would not read; null when none. */
export function restToKeep(plan: ParsedPlan, replanned: ParsedPlan, options: ScheduleOptions): readonly number[] | null {
  if (options.configuredRest !== undefined || frontMatterRest(plan) !== null) return null;
  const rest = plannedRest(plan);
  if (rest.length === 0) return null;
  const after = plannedRest(replanned);
  return after.length === rest.length && after.every((day, i) => day === rest[i]) ? null : rest;
}

/**
 * The edit that writes `rest: [sat, sun]` into the front matter: a line before the closing `---` of YAML front
 * matter, or front matter of its own at the top (after a BOM) where there is none. Null for TOML front matter
 * (`+++`) or one that does not close: nothing is written there.
 */
export function frontMatterRestEdit(lines: Lines, weekdays: readonly number[]): TextEdit | null {
  const value = `rest: [${weekdayCodes(weekdays).join(', ')}]`;
  const first = lines.at(0);
  const eol = lines.breakAfter(0) || '\n';
  if (/^\uFEFF?\+\+\+[ \t]*$/.test(first)) return null;
  if (/^\uFEFF?---[ \t]*$/.test(first)) {
    for (let line = 1; line < lines.count; line++) {
      if (!/^(?:---|\.\.\.)[ \t]*$/.test(lines.at(line))) continue;
      const at = { line, character: 0 };
      return { range: { start: at, end: at }, newText: `${value}${lines.breakAfter(line - 1) || eol}` };
    }
    return null;
  }
  const at = { line: 0, character: first.startsWith('\uFEFF') ? 1 : 0 };
  return { range: { start: at, end: at }, newText: `---${eol}${value}${eol}---${eol}` };
}

/** The replan's edits, text and plan after them, with the rest kept where the new dates would lose it (`kept`: the weekdays written). */
export function withKeptRest(
  plan: ParsedPlan,
  text: string,
  written: { readonly edits: TextEdit[]; readonly after: string; readonly replanned: ParsedPlan },
  options: ScheduleOptions,
  parse: (text: string) => ParsedPlan,
): { readonly edits: TextEdit[]; readonly after: string; readonly replanned: ParsedPlan; readonly kept: readonly number[] | null } {
  const rest = restToKeep(plan, written.replanned, options);
  const edit = rest === null ? null : frontMatterRestEdit(new Lines(text), rest);
  if (edit === null) return { ...written, kept: null };
  const edits = [...written.edits, edit];
  const after = applyTextEdits(text, edits);
  return { edits, after, replanned: parse(after), kept: rest };
}

/** `; rest: [sat, sun] written in its front matter, as its dates said`: what the summary adds when the rest was kept. */
export function keptText(kept: readonly number[] | null): string {
  return kept === null ? '' : l10n.t('; rest: [{0}] written in its front matter, as its dates said before', weekdayCodes(kept).join(', '));
}
