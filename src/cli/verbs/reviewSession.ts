/**
 * `learning-plans review --interactive`: the due cards one by one in a terminal, as Review Due Cards does in
 * VS Code. Each card's prompt, then (after Enter) its answer, then a grade (or a grade typed at once, taken
 * once the answer is shown); each grade is appended to the log
 * as it is given, so stopping (q, Ctrl-D, a closed pipe) keeps every review made so far. Recalling before
 * seeing the answer is the point: the answer waits for a key.
 */
import {
  appendReviewLines, GRADES, isGrade, previewGrades, reviewLogLine, type CardSchedule, type Grade, type ReviewCard, type ReviewEntry,
} from '../../core';
import { field, plural } from '../output';
import { CliError, UsageError, type CliContext } from '../verb';

/** A card's prompt, answer and where it comes from, as `--show` and a session print them. */
export function cardLines(card: ReviewCard): { prompt: string; answer: string[]; where: string } {
  return {
    prompt: `${field(card.label)}: ${field(card.prompt)}`,
    answer: card.answer.length ? card.answer.map((line) => `  ${field(line)}`) : ['  (the plan nests no answer under it: recall what the day taught)'],
    where: `${field(card.planUri)}:${card.line + 1}${card.context.kind === 'plan' ? '' : ` \u00b7 ${field(card.context.title)}`}`,
  };
}

/**
 * What a learner may type for a grade: its number (1-4), its word or (with `letters`, at the grade's own
 * prompt) the word's first letter. Before the answer is shown a letter is not read as a grade: `h` is no `hard` there.
 */
export function gradeOf(answer: string, letters = true): Grade | null {
  const typed = answer.trim().toLowerCase();
  const byNumber = /^[1-4]$/.test(typed) ? GRADES[Number(typed) - 1] : null;
  if (byNumber || isGrade(typed)) return byNumber ?? (typed as Grade);
  return letters && typed.length === 1 ? (GRADES.find((grade) => grade.startsWith(typed)) ?? null) : null;
}

const STOP = /^\s*q(uit)?\s*$/i;

export interface SessionPlace {
  /** The repository root as the file ports name it (portPath). */
  readonly root: string;
  readonly logFile: string;
  readonly today: string;
  readonly maxBytes: number;
}

/** Runs the session over `due` (the queue's order) and says what was reviewed. */
export async function reviewSession(due: readonly CardSchedule[], entries: readonly ReviewEntry[], place: SessionPlace, context: CliContext): Promise<void> {
  const { io } = context;
  const ask = io.readLine?.bind(io);
  if (!ask) throw new UsageError('--interactive needs a terminal (or answers on standard input)');
  if (due.length === 0) {
    io.out(`Nothing to review on ${place.today}.`);
    return;
  }
  io.out(`${plural(due.length, 'card')} to review on ${place.today}. Recall each answer, press Enter to see it, then grade your recall; q stops (each grade is logged as you give it).`);
  let reviewed = 0;
  for (const [i, schedule] of due.entries()) {
    const card = schedule.card;
    const lines = cardLines(card);
    io.out(`\n[${i + 1}/${due.length}] ${lines.prompt}\n  ${lines.where}`);
    // Enter reveals the answer; a grade typed here (the recall was sure) is taken once the answer is shown.
    let shown = await ask('  Enter shows the answer (q stops) ');
    while (shown !== null && !STOP.test(shown) && shown.trim() !== '' && !gradeOf(shown, false)) {
      shown = await ask(`  '${field(shown.trim())}': press Enter to see the answer (or type a grade, 1-4, if you are sure; q stops) `);
    }
    if (shown === null || STOP.test(shown)) break;
    io.out(lines.answer.join('\n'));
    const next = previewGrades(card, entries, place.today);
    const choices = GRADES.map((grade, g) => `${g + 1} ${grade} (${next[grade].due === place.today ? 'today' : next[grade].due})`).join(' \u00b7 ');
    let grade: Grade | null = gradeOf(shown, false);
    while (!grade) {
      const typed = await ask(`  ${choices}, q stops: `);
      if (typed === null || STOP.test(typed)) break;
      grade = gradeOf(typed);
      if (!grade) io.out(typed.trim() ? `  '${field(typed.trim())}' is not a grade: type 1, 2, 3 or 4 (or again, hard, good, easy).` : '  Type a grade: 1, 2, 3 or 4 (or again, hard, good, easy); q stops.');
    }
    if (!grade) break;
    const result = await appendReviewLines(context.files, place.root, [reviewLogLine(place.today, card, grade)], place.maxBytes);
    if (!result.ok) throw new CliError(`${result.message}; ${plural(reviewed, 'review')} of this session logged before it`);
    reviewed++;
    io.out(`  ${grade}: next review ${next[grade].due}`);
  }
  io.out(`\nReviewed ${reviewed} of ${plural(due.length, 'card')}${reviewed ? `; logged in ${field(place.logFile)}` : ''}.`);
}
