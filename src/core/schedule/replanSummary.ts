/** What a catch-up says it did, and where it leaves the plan, in the learner's words. */
import * as l10n from '@vscode/l10n';

/** The choices as this file reads them (replan.ts's CatchUpChoice is one). */
type Choice = { readonly kind: 'shift'; readonly days: number } | { readonly kind: 'spread'; readonly over: number } | { readonly kind: 'skip' };

/** What the choice did, in words: `Moved the rest of the plan 3 days later`, `Skipped 2 days`; `doneEarly`: the days after the current one already done. */
export function describe(choice: Choice, missed: number, count: number, doneEarly = 0): string {
  switch (choice.kind) {
    case 'shift': {
      const moved = choice.days === 1 ? l10n.t('Moved the rest of the plan 1 day later')
        : choice.days === -1 ? l10n.t('Moved the rest of the plan 1 day earlier')
          : choice.days > 0 ? l10n.t('Moved the rest of the plan {0} days later', choice.days) : l10n.t('Moved the rest of the plan {0} days earlier', -choice.days);
      // The days after a day done early close up over its date: the end moves by less than the shift, and says why.
      if (doneEarly === 0) return moved;
      return doneEarly === 1 ? l10n.t('{0}, closing up over 1 day done early', moved) : l10n.t('{0}, closing up over {1} days done early', moved, doneEarly);
    }
    case 'spread':
      // One of either is said as one (a learner read "Spread 1 missed days").
      if (missed === 1) return choice.over === 1 ? l10n.t('Spread 1 missed day over the next day') : l10n.t('Spread 1 missed day over the next {0} days', choice.over);
      return choice.over === 1 ? l10n.t('Spread {0} missed days over the next day', missed) : l10n.t('Spread {0} missed days over the next {1} days', missed, choice.over);
    case 'skip':
      return count === 1 ? l10n.t('Skipped 1 day') : l10n.t('Skipped {0} days', count);
  }
}

/**
 * Where the plan stands after a change, as the schedule reads the edited text: a shift too small leaves it
 * behind, and the learner should know before applying it. `after` is null when no open day is left.
 */
export function standing(before: number, after: number | null, nextDate: string | null, today: string): string {
  if (after === null) return l10n.t('no open day left');
  // A shift past today leaves days with nothing planned: say when the next one is.
  if (after === 0) return nextDate !== null && nextDate > today ? l10n.t('on schedule; the next day is planned for {0}', nextDate) : l10n.t('on schedule');
  if (after < 0) return after === -1 ? l10n.t('1 day ahead') : l10n.t('{0} days ahead', -after);
  // "still" only when the change made it no worse: a shift earlier can leave a plan further behind.
  if (before > 0 && after <= before) return after === 1 ? l10n.t('still 1 day behind') : l10n.t('still {0} days behind', after);
  if (before > 0) return l10n.t('now {0} days behind', after);
  return after === 1 ? l10n.t('1 day behind') : l10n.t('{0} days behind', after);
}
