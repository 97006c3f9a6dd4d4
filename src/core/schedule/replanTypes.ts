/** What a catch-up is asked to do, and what it gives back (replan.ts). */
import type { EditOutcome } from '../edits/completionEdits';
import type { DayRef } from '../edits/locate';

export type CatchUpChoice =
  | { readonly kind: 'shift'; readonly days: number }
  /** Spread the missed days over the next `over` study days; `doubleOn` names the dates that take two (default: evenly). */
  | { readonly kind: 'spread'; readonly over: number; readonly doubleOn?: readonly string[] }
  | { readonly kind: 'skip'; readonly days: readonly DayRef[] };

export type ReplanOutcome =
  // endBefore: null for a skip in a plan with no schedule (its marks alone: no date to end on).
  | (EditOutcome & { readonly ok: true; readonly endBefore: string | null; readonly endAfter: string | null; readonly behindAfter: number | null;
      /** Where the plan stands after it, in words: `on schedule`, `still 3 days behind`, `no open day left`. */
      readonly standing: string;
      readonly text: string;
      /** The rest weekdays written into the front matter, read from the dates the replan changed (keepRest.ts). */
      readonly keptRest?: readonly number[] })
  | { readonly ok: false; readonly message: string };
