/**
 * A file that is no plan only because its dates name no year (`## Thursday, November 26` in a study journal with no
 * year anywhere): what it would be with the year written once, so a reader of a folder can say why it left it out.
 */
import { fileStem, inMemoryDocument } from '../document';
import { unreadYearlessDate } from '../grammar/fileYears';
import type { ParsedPlan } from '../model';
import { buildPlan } from './buildPlan';

/** The first date without a year the text writes, and the plan it would be with `year` written below all; null when its dates need no year. */
export function withYearWritten(text: string, uri: string, year: string): { readonly written: string; readonly plan: ParsedPlan } | null {
  const written = unreadYearlessDate(text, fileStem(uri));
  // Written below all, a year is the first after each date: each takes it (see fileYears.ts).
  return written === null ? null : { written, plan: buildPlan(inMemoryDocument(uri, `${text}\n\n# ${year}\n`)) };
}
