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
import { frontMatterKeyInsert } from './frontMatterInsert';
import type { ScheduleOptions } from './schedule';

/** A top-level `rest` key, YAML's or TOML's, in any case (`Rest:`, `"rest" =`); not a nested one (`  rest: 90`). */
const TOP_LEVEL_REST = /^["']?rest["']?[ \t]*[:=]/im;

/** The rest the replan of `plan` planned around that `replanned` (its text after the new dates) would not read; null when none. */
export function restToKeep(plan: ParsedPlan, replanned: ParsedPlan, options: ScheduleOptions): readonly number[] | null {
  // A `rest` the learner wrote, even one not read (`Rest:`, or front matter that does not parse): not written twice.
  if (options.configuredRest !== undefined || frontMatterRest(plan) !== null || (plan.frontMatter !== null && TOP_LEVEL_REST.test(plan.frontMatter))) return null;
  const rest = plannedRest(plan);
  if (rest.length === 0) return null;
  const after = plannedRest(replanned);
  return after.length === rest.length && after.every((day, i) => day === rest[i]) ? null : rest;
}

/**
 * The edit that writes `rest: [sat, sun]` into the front matter: a line before the closing `---` of YAML front
 * matter; `rest = ["sat", "sun"]` first in TOML front matter (`+++`: before any table, where a key is top-level);
 * front matter of its own at the top (after a BOM) where there is none. Null for front matter that does not close.
 */
export function frontMatterRestEdit(lines: Lines, weekdays: readonly number[]): TextEdit | null {
  const codes = weekdayCodes(weekdays);
  // A `rest` key already in the front matter, even one its reading skips (a TOML array over several lines): not a second.
  return frontMatterKeyInsert(lines, `rest: [${codes.join(', ')}]`, `rest = [${codes.map((code) => `"${code}"`).join(', ')}]`, (line) => TOP_LEVEL_REST.test(line));
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
  if (rest === null || edit === null) return { ...written, kept: null };
  const edits = [...written.edits, edit];
  const after = applyTextEdits(text, edits);
  const replanned = parse(after);
  // Written only where it is read back as that rest (front matter broken elsewhere would leave it unread): else the
  // replan goes as it would have, and the CLI's note says how to keep the rest.
  const read = frontMatterRest(replanned);
  if (read === null || read.length !== rest.length || read.some((day, i) => day !== rest[i])) return { ...written, kept: null };
  return { edits, after, replanned, kept: rest };
}

/** `; rest: [sat, sun] written in its front matter, as its dates said`: what the summary adds when the rest was kept. */
export function keptText(kept: readonly number[] | null): string {
  return kept === null ? '' : l10n.t('; rest: [{0}] written in its front matter, as its dates said before', weekdayCodes(kept).join(', '));
}
