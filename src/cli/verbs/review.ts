import * as path from 'path';
import {
  appendReviewLines, checkPathBelow, GRADES, isGrade, localIsoDate, nextDueAfter, parseReviewLog, REVIEW_LOG_PATH, reviewCards, reviewLogLine,
  reviewQueue, type CardSchedule, type Grade, type ReviewCard,
} from '../../core';
import { readPlanFile } from '../files';
import { ArgReader, warnOf } from '../options';
import { field, jsonText, plural } from '../output';
import { defaultFolder, findRoot, loadPlansWithText, native, portPath, posixRelative, startFolder } from '../shareFiles';
import { CliError, EXIT, UsageError, type CliContext, type Verb } from '../verb';
import { cardLines, reviewSession } from './reviewSession';

function cardJson(s: CardSchedule): Record<string, unknown> {
  const c = s.card;
  return {
    id: c.id, kind: c.kind, label: c.label, text: c.text, prompt: c.prompt, answer: c.answer, file: c.planUri, line: c.line + 1,
    context: { kind: c.context.kind, title: c.context.title, line: c.context.line + 1 },
    state: s.state, due: s.due, reps: s.reps, lapses: s.lapses, lastReview: s.lastReview, lastGrade: s.lastGrade,
  };
}

/**
 * The review log under `root`, read as the extension reads it: never through a symbolic link (a repository's
 * `reviews.md -> /etc/passwd` is not read), and what cannot be read is said (a missing log is a new one).
 */
async function readLog(root: string, logFile: string, context: CliContext, maxBytes: number): Promise<ReturnType<typeof parseReviewLog>> {
  const check = await checkPathBelow(context.files, portPath(root), REVIEW_LOG_PATH.split('/'), 'file');
  if (!check.ok) {
    context.io.err(`learning-plans: warning: not reading the review log: ${field(check.message.replace(check.path, native(check.path)).replace(portPath(root), native(root)))}`);
    return parseReviewLog('');
  }
  if (check.existing < REVIEW_LOG_PATH.split('/').length) return parseReviewLog('');
  const read = await readPlanFile(context.files, logFile, maxBytes).catch((error: unknown) => ({ warning: `cannot read ${logFile}: ${String(error)}` }));
  if ('warning' in read) {
    context.io.err(`learning-plans: warning: ${field(read.warning)}; the review log is taken as empty`);
    return parseReviewLog('');
  }
  const log = parseReviewLog(read.text);
  for (const problem of log.problems.slice(0, 5)) context.io.err(`learning-plans: warning: ${field(logFile)}:${problem.line + 1}: ${field(problem.message)}; line ignored`);
  return log;
}

/** The one card an id or a unique prefix of 4+ characters names, else a refusal (`after`: what it adds, such as "; nothing written"). */
function oneCard(cards: readonly ReviewCard[], id: string, after: string): ReviewCard {
  // An id it had before (a question keyed by its whole text) names it too: an id printed earlier still works.
  const names = (known: string): boolean => known === id || (id.length >= 4 && known.startsWith(id));
  const matches = cards.filter((c) => names(c.id) || (c.formerIds ?? []).some(names));
  if (matches.length === 1) return matches[0];
  // A card id is 8 characters (as `review` lists them); 4 or more of its first ones name it.
  const why = matches.length ? `'${id}' matches ${matches.length} cards; give more of the id`
    : id.length < 4 ? `'${id}' is too short to name a card: give at least 4 characters of its id (as review lists it)` : `no card '${id}' in these plans`;
  throw new CliError(`${field(why)}${after}`);
}

export const reviewVerb: Verb = {
  name: 'review',
  summary: 'Spaced review of what done days say was learned, one card at a time',
  usage: 'review [<file-or-folder>...] [--due] [--json [--pretty]] [--today YYYY-MM-DD] [--new N] [--root DIR]\n'
    + '       learning-plans review [<file-or-folder>...] --interactive [--today YYYY-MM-DD] [--new N] [--root DIR]\n'
    + '       learning-plans review [<file-or-folder>...] --show <card> [--root DIR]\n'
    + '       learning-plans review [<file-or-folder>...] --grade <card> again|hard|good|easy [--date YYYY-MM-DD] [--root DIR]',
  description: `Spaced review of what the plans say was learned: Checkpoint, Micro-Quiz and Key Learnings
fields of done days, and the items of Key Learnings/Takeaways sections, scheduled with FSRS. A card
asks its text or part of it: \`prompt :: answer\` asks the left side; with nothing nested under it, a
question followed by its answer asks the question, and a learning asks its term (Glue: ...) or its first
words (Time travel is ...), then shows it whole on Enter.
--due (the default) lists the cards to review today: due reviews, then at most --new new cards a
day (default 20); --json prints { today, log, cards, due: [card], counts, orphans } (orphans: logged
card ids that match no card; null unless the whole root is read, since the log holds every plan's
reviews). --interactive goes through those cards one by one: the prompt, the answer when you press Enter,
then your grade (1 again, 2 hard, 3 good, 4 easy, each with the date it brings the card back), logged as
you give it; q or Ctrl-D stops. --show prints a card's answer (what the plan nests under it, the right side of ::, or the whole learning) and where it comes from,
for recalling first and checking after (as VS Code's Review Due Cards reveals it). --grade records
a review (again, hard, good, easy, or 1-4) as one line appended to <root>/.learning-plans/reviews.md (--date, default today) and prints
the next review date; a unique prefix of 4+ characters names a card. The root is --root, else the
nearest folder above the first path (or the working folder) holding .learning-plans or .git;
without paths, the plans under the root are read.`,
  async run(args, context) {
    // `--grade CARD GRADE` takes two values: taken out first, the rest is read as usual.
    const rest = [...args];
    let grade: { card: string; grade: Grade } | null = null;
    const at = rest.indexOf('--grade');
    if (at >= 0) {
      const [card, word] = [rest[at + 1], rest[at + 2]];
      if (!card || card.startsWith('-') || !word) throw new UsageError('--grade needs a card id and a grade: again, hard, good or easy');
      // 1-4 as the interactive session and Anki number them (a learner typed `--grade m5mt 3`).
      const named = /^[1-4]$/.test(word) ? GRADES[Number(word) - 1] : word.toLowerCase();
      if (!isGrade(named)) throw new UsageError(`the grade must be again, hard, good or easy (or 1-4), not '${word}'`);
      rest.splice(at, 3);
      grade = { card: card.toLowerCase(), grade: named };
    }
    const reader = new ArgReader(rest, context.clock);
    reader.takenElsewhere('--grade');
    const show = reader.value('--show');
    const { json, pretty } = reader.jsonFlags();
    const due = reader.flag('--due');
    const interactive = reader.flag('--interactive');
    if (show !== null && (grade || due || json)) throw new UsageError('--show prints one card; --grade records a review, --due and --json list them');
    if (interactive && (show !== null || grade || json)) throw new UsageError('--interactive reviews the due cards one by one; --show, --grade and --json do one thing each');
    const maxBytes = reader.maxSize();
    if (grade && (due || json)) throw new UsageError('--grade records one review; --due and --json list them');
    const clockToday = localIsoDate(context.clock());
    const today = reader.date('--today') ?? clockToday;
    // A grade is dated --date, else --today: neither may be after the real today.
    if (grade && today > clockToday) throw new CliError(`--today ${today} is after today (${clockToday}): a review is logged on the day it happened; nothing written`, EXIT.refused);
    // A session's grades are given now: dated any other day, a review of today would land in the past.
    if (interactive && today !== clockToday) throw new UsageError(`--interactive logs each grade on the day it is given (${clockToday}), not on --today ${today}; nothing written`);
    const date = reader.dateUpTo('--date', today, warnOf(context));
    if (date !== null && !grade) throw new UsageError('--date goes with --grade');
    const rootOption = reader.value('--root');
    const newText = reader.value('--new');
    if (newText !== null && !/^\d+$/.test(newText)) throw new UsageError(`--new must be a whole number, not '${newText}'`);
    const paths = reader.positionals();

    const root = path.resolve(rootOption ?? (paths.length ? findRoot(startFolder(paths)) : defaultFolder('review')));
    const plans = await loadPlansWithText(paths.length ? paths : [path.relative(process.cwd(), root) || '.'], context, maxBytes);
    const cards: ReviewCard[] = plans.flatMap(({ plan, file, text }) => [...reviewCards(plan, text, posixRelative(root, file))]);
    const logFile = path.join(root, ...REVIEW_LOG_PATH.split('/'));
    const log = await readLog(root, logFile, context, maxBytes);
    const { io } = context;

    if (show !== null) {
      const card = oneCard(cards, show.toLowerCase(), '');
      const lines = cardLines(card);
      io.out([`${card.id}  ${lines.prompt}`, ...lines.answer, lines.where, `Grade it: learning-plans review --grade ${card.id} again|hard|good|easy`].join('\n'));
      return EXIT.ok;
    }

    if (grade) {
      const wanted = grade;
      const card = oneCard(cards, wanted.card, '; nothing written');
      const when = date ?? today;
      // A review before the card's day was done reviews nothing (a mistyped year hid a card until months later).
      const since = card.context.doneDate;
      if (since !== null && when < since) throw new CliError(`${card.id} comes from a day done on ${since}: a review dated ${when} is before it (a mistyped date?); nothing written`, EXIT.refused);
      const result = await appendReviewLines(context.files, portPath(root), [reviewLogLine(when, card, wanted.grade)], maxBytes);
      if (!result.ok) throw new CliError(`${result.message}; nothing written`);
      // A review dated before one already logged is replayed in date order: the card is due when the
      // whole history says, not when this grade alone would put it.
      const entries = [...log.entries, { date: when, cardId: card.id, grade: wanted.grade, line: Number.MAX_SAFE_INTEGER }];
      const ids = new Set([card.id, ...(card.formerIds ?? [])]);
      const later = log.entries.filter((e) => ids.has(e.cardId) && e.date > when && e.date <= today).length;
      const next = later ? reviewQueue([card], entries, today).schedules.get(card.id)?.due : nextDueAfter(card, log.entries, when, wanted.grade);
      const after = later ? ` (after the ${plural(later, 'later review')} in the log)` : '';
      // A command run again from the shell's history logs the review twice; a second review the same day is
      // legitimate (again, then good once recalled), so it is logged and said, with how to take it back.
      const sameDay = log.entries.filter((e) => ids.has(e.cardId) && e.date === when).map((e) => e.grade);
      const repeat = sameDay.length ? `\nAlso graded ${sameDay.join(', ')} on ${when} before: ${sameDay.length === 1 ? 'both reviews count' : `all ${sameDay.length + 1} reviews count`} (to take this one back, delete the last line of the log)` : '';
      // The log made the first time, and the `.gitattributes` beside it: said (a trial found both there unannounced).
      const made = result.created ? ` (made now, with a .gitattributes beside it: git merges two machines' logs line by line)` : '';
      io.out(`${card.id} ${wanted.grade} on ${when}: ${field(card.label)}: ${field(card.text)}\nNext review: ${next}${after}. Logged in ${field(logFile)}${made}${repeat}`);
      return EXIT.ok;
    }

    const queue = reviewQueue(cards, log.entries, today, { newPerDay: newText === null ? undefined : Number(newText) });
    // The log holds every plan's reviews: only a run over the whole repository can tell which match no card.
    const wholeRoot = paths.length === 0 || paths.some((p) => path.resolve(p) === root);
    const orphans = wholeRoot ? queue.orphans : null;
    if (queue.future.length) io.err(`learning-plans: warning: ${plural(queue.future.length, 'review')} dated after today (${today}) ignored until then`);
    if (interactive) {
      await reviewSession(queue.due, log.entries, { root: portPath(root), logFile, today, maxBytes }, context);
      return EXIT.ok;
    }
    if (json) {
      io.out(jsonText({
        today, log: logFile, cards: cards.length,
        due: queue.due.map(cardJson),
        counts: { due: queue.due.length, reviews: queue.dueReviews, new: queue.dueNew, newWaiting: queue.newWaiting },
        orphans,
      }, pretty));
      return EXIT.ok;
    }
    const lines = [`${plural(queue.due.length, 'card')} to review on ${today} (${plural(queue.dueReviews, 'review')}, ${queue.dueNew} new; ${plural(cards.length, 'card')} in all${queue.newWaiting ? `, ${queue.newWaiting} new for later days` : ''})`];
    for (const s of queue.due) {
      const card = cardLines(s.card);
      lines.push(`${s.card.id}  ${s.state === 'new' ? 'new' : `due ${s.due}`}  ${card.prompt}`, `          ${card.where}`);
    }
    if (queue.due.length) lines.push('Recall each, then: learning-plans review --show <card> (its answer), --grade <card> again|hard|good|easy; or all in turn: learning-plans review --interactive');
    if (orphans?.length) lines.push(`${plural(orphans.length, 'card id')} in the log ${orphans.length === 1 ? 'matches' : 'match'} no card any more (its text edited or removed, or its day marked incomplete: cards come from done days): ${orphans.slice(0, 5).join(', ')}`);
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};
