/**
 * `review`: spaced review of what the plans say was learned (see src/core/review).
 *
 *   review [<file-or-folder>...] [--due] [--json] [--today D] [--new N] [--root DIR]
 *   review [<file-or-folder>...] --grade <card> again|hard|good|easy [--date D] [--root DIR]
 *
 * The log is `<root>/.learning-plans/reviews.md`; the root is --root, else the nearest folder at or
 * above the first path (or the working directory) holding .learning-plans or .git. Without paths,
 * the plans under the root are read.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  appendToReviewLog, isGrade, isValidIsoDate, localIsoDate, nextDueAfter, parseReviewLog, REVIEW_GITATTRIBUTES,
  REVIEW_GITATTRIBUTES_PATH, REVIEW_LOG_PATH, reviewCards, reviewLogLine, reviewQueue,
  type CardSchedule, type Clock, type Grade, type ParsedReviewLog, type ReviewCard,
} from '../core';
import { UsageError } from './args';
import type { CliIo } from './io';
import { ChangedOnDiskError, findRoot, loadPlansWithText, posixRelative, readIfExists, startFolder, writeAtomically } from './shareFiles';

interface ReviewArgs {
  readonly paths: readonly string[];
  readonly root: string | null;
  readonly json: boolean;
  readonly today: string | null;
  readonly newPerDay: number | null;
  readonly grade: { readonly card: string; readonly grade: Grade; readonly date: string | null } | null;
}

function option(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

function date(args: string[], name: string): string | null {
  const value = option(args, name);
  if (value !== null && !isValidIsoDate(value)) throw new UsageError(`${name} must be a real date as YYYY-MM-DD, not '${value}'`);
  return value;
}

export function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  const args = [...argv];
  let grade: ReviewArgs['grade'] = null;
  const at = args.indexOf('--grade');
  if (at >= 0) {
    const [card, word] = [args[at + 1], args[at + 2]];
    if (!card || card.startsWith('--') || !word || word.startsWith('--')) throw new UsageError('--grade needs a card id and a grade (again, hard, good, easy)');
    if (!isGrade(word.toLowerCase())) throw new UsageError(`the grade must be again, hard, good or easy, not '${word}'`);
    args.splice(at, 3);
    grade = { card: card.toLowerCase(), grade: word.toLowerCase() as Grade, date: null };
  }
  const when = date(args, '--date');
  if (when !== null && !grade) throw new UsageError('--date goes with --grade');
  const today = date(args, '--today');
  const root = option(args, '--root');
  const newText = option(args, '--new');
  if (newText !== null && !/^\d+$/.test(newText)) throw new UsageError(`--new must be a whole number, not '${newText}'`);
  const unknown = args.find((a) => a.startsWith('--') && a !== '--due' && a !== '--json');
  if (unknown) throw new UsageError(`unknown option '${unknown}'`);
  if (grade && args.includes('--due')) throw new UsageError('--due and --grade do not go together');
  return {
    paths: args.filter((a) => a !== '--due' && a !== '--json'),
    root,
    json: args.includes('--json'),
    today,
    newPerDay: newText === null ? null : Number(newText),
    grade: grade && { ...grade, date: when },
  };
}

interface Deck {
  readonly root: string;
  readonly logFile: string;
  readonly logBytes: Uint8Array | null;
  readonly log: ParsedReviewLog;
  readonly cards: readonly ReviewCard[];
}

function loadDeck(args: ReviewArgs, io: CliIo): Deck | number {
  const root = path.resolve(args.root ?? findRoot(startFolder(args.paths)));
  const loaded = loadPlansWithText(args.paths.length ? args.paths : [path.relative(process.cwd(), root) || '.'], io);
  if (typeof loaded === 'number') return loaded;
  const cards = loaded.flatMap(({ plan, file, text }) => reviewCards(plan, text, posixRelative(root, file)));
  const logFile = path.join(root, ...REVIEW_LOG_PATH.split('/'));
  const logBytes = readIfExists(logFile);
  const log = parseReviewLog(logBytes ? new TextDecoder().decode(logBytes) : '');
  for (const problem of log.problems.slice(0, 5)) io.err(`learning-plans: warning: ${logFile}:${problem.line + 1}: ${problem.message}; line ignored`);
  return { root, logFile, logBytes, log, cards };
}

function cardJson(s: CardSchedule): Record<string, unknown> {
  const c = s.card;
  return {
    id: c.id, kind: c.kind, label: c.label, prompt: c.prompt, answer: c.answer, file: c.planUri, line: c.line + 1,
    context: { kind: c.context.kind, title: c.context.title, line: c.context.line + 1 },
    state: s.state, due: s.due, reps: s.reps, lapses: s.lapses, lastReview: s.lastReview, lastGrade: s.lastGrade,
  };
}

function listDue(args: ReviewArgs, io: CliIo, deck: Deck, today: string): number {
  const queue = reviewQueue(deck.cards, deck.log.entries, today, { newPerDay: args.newPerDay ?? undefined });
  if (queue.future.length) io.err(`learning-plans: warning: ${queue.future.length} review${queue.future.length === 1 ? ' is' : 's are'} dated after today (${today}); ignored until then`);
  if (args.json) {
    io.out(JSON.stringify({
      today, log: deck.logFile, cards: deck.cards.length,
      due: queue.due.map(cardJson),
      counts: { due: queue.due.length, reviews: queue.dueReviews, new: queue.dueNew, newWaiting: queue.newWaiting },
      orphans: queue.orphans,
    }, null, 2));
    return 0;
  }
  const lines = [`${queue.due.length} card${queue.due.length === 1 ? '' : 's'} to review on ${today} (${queue.dueReviews} due, ${queue.dueNew} new; ${deck.cards.length} cards in all${queue.newWaiting ? `, ${queue.newWaiting} new for later days` : ''})`];
  for (const s of queue.due) {
    const c = s.card;
    lines.push(`${c.id}  ${s.state === 'new' ? 'new' : `due ${s.due}`}  ${c.label}: ${c.prompt}`);
    lines.push(`          ${c.planUri}:${c.line + 1}${c.context.kind === 'plan' ? '' : ` \u00b7 ${c.context.title}`}`);
  }
  if (queue.due.length) lines.push(`Grade one: learning-plans review --grade <card> again|hard|good|easy`);
  if (queue.orphans.length) lines.push(`${queue.orphans.length} card id${queue.orphans.length === 1 ? '' : 's'} in the log match no card any more (prompt edited or removed): ${queue.orphans.slice(0, 5).join(', ')}`);
  io.out(lines.join('\n'));
  return 0;
}

function record(args: ReviewArgs, io: CliIo, deck: Deck, today: string): number {
  const wanted = args.grade!;
  const matches = deck.cards.filter((c) => c.id === wanted.card || (wanted.card.length >= 4 && c.id.startsWith(wanted.card)));
  if (matches.length !== 1) {
    io.err(`learning-plans: ${matches.length ? `'${wanted.card}' matches ${matches.length} cards; give more of the id` : `no card '${wanted.card}' in these plans`}; nothing written`);
    return 1;
  }
  const card = matches[0];
  const when = wanted.date ?? today;
  const line = reviewLogLine(when, card, wanted.grade);
  const logText = deck.logBytes ? new TextDecoder().decode(deck.logBytes) : null;
  const write = appendToReviewLog(logText, [line]);
  const bytes = write.kind === 'create'
    ? new TextEncoder().encode(write.text)
    : Buffer.concat([deck.logBytes!, new TextEncoder().encode(write.edit.newText)]); // the edit is an insert at the very end
  try {
    writeAtomically(deck.logFile, bytes, deck.logBytes);
  } catch (error) {
    if (!(error instanceof ChangedOnDiskError)) throw error;
    io.err(`learning-plans: ${error.message}; nothing written`);
    return 1;
  }
  if (write.kind === 'create') {
    try {
      fs.writeFileSync(path.join(deck.root, ...REVIEW_GITATTRIBUTES_PATH.split('/')), REVIEW_GITATTRIBUTES, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const next = nextDueAfter(card, deck.log.entries, when, wanted.grade);
  io.out(`${card.id} ${wanted.grade} on ${when}: ${card.label}: ${card.prompt}\nNext review: ${next}. Logged in ${deck.logFile}`);
  return 0;
}

export function runReview(argv: readonly string[], io: CliIo, clock: Clock): number {
  const args = parseReviewArgs(argv);
  const deck = loadDeck(args, io);
  if (typeof deck === 'number') return deck;
  const today = args.today ?? localIsoDate(clock());
  return args.grade ? record(args, io, deck, today) : listDue(args, io, deck, today);
}
