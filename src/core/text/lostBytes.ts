import { isPictographic, plausibleReading, scriptOf } from './characters';
import { decodeSequence, isContinuation } from './utf8';

/**
 * A sequence that lost a byte: the code page had no character for it (cp1252 has none for 0x81, 0x8D,
 * 0x8F, 0x90, 0x9D), so the tool that decoded the file dropped it, or wrote U+FFFD in its place. The
 * bytes that are left, with each byte the page lacks put back at each place it could have been, give
 * the possible readings: `ðŸ“` + a lost byte is 📁 📍 📏 📐 or 📝. Which one was meant cannot be
 * known, so the readings are ranked (the display shows the first) and the repair command asks.
 */

/**
 * Words that make one reading more likely than its siblings (English, like the plan keywords): the
 * emoji study plans and journals use, among the readings their mojibake shares with other emoji.
 */
const HINTS = new Map<number, readonly string[]>([
  [0x1f4dd, ['note', 'notes', 'reflection', 'reflections', 'journal', 'write', 'writing', 'summary', 'log', 'review', 'questions', 'diary', 'memo', 'lessons']],
  [0x1f4c1, ['folder', 'folders', 'file', 'files', 'project', 'projects', 'structure', 'directory', 'repo', 'repository']],
  [0x1f4cd, ['where', 'location', 'place', 'current', 'milestone', 'milestones', 'pin', 'here', 'status', 'progress']],
  [0x1f4cf, ['measure', 'measures', 'measurement', 'size', 'length', 'metric', 'metrics', 'scale', 'ruler']],
  [0x1f4d0, ['design', 'architecture', 'geometry', 'layout', 'diagram', 'angle']],
  [0x1f3af, ['goal', 'goals', 'target', 'targets', 'objective', 'objectives', 'focus', 'aim']],
  [0x1f389, ['win', 'wins', 'celebrate', 'celebration', 'done', 'finished', 'party', 'congrats']],
  [0x1f3c6, ['win', 'wins', 'passed', 'award', 'achievement', 'achievements', 'trophy', 'champion']],
  [0x1f4da, ['book', 'books', 'read', 'reading', 'resources', 'library', 'track', 'study']],
  [0x1f4c5, ['date', 'dates', 'calendar', 'schedule', 'week', 'day', 'days', 'deadline']],
  [0x1f4a1, ['idea', 'ideas', 'insight', 'insights', 'tip', 'tips', 'clicked', 'aha']],
  [0x1f680, ['launch', 'start', 'ship', 'deploy', 'capstone', 'next', 'rocket']],
  [0x1f9e0, ['learn', 'learning', 'memory', 'think', 'brain', 'wisely']],
  [0x1f40d, ['python']],
  [0x1f422, ['slow', 'slowly']],
  [0x1f41b, ['bug', 'bugs', 'debug', 'debugging']],
  [0x1f433, ['docker', 'container', 'containers', 'kafka']],
]);

/** Without a hint, the more common of otherwise equal readings first (the closing quote of `â€`, the memo). */
const PREFERRED = [0x201d, 0x1f4dd, 0x1f4cd, 0x1f4c1, 0x1f4d0, 0x1f4cf];

const EMOJI = /\p{Emoji_Presentation}/u;
const MAX_READINGS = 8;

/** The emoji blocks people use most: pictographs, emoticons, transport, supplemental symbols. */
function isEverydayEmoji(codePoint: number): boolean {
  return (codePoint >= 0x1f300 && codePoint <= 0x1f6ff) || (codePoint >= 0x1f900 && codePoint <= 0x1faff) || (codePoint >= 0x2600 && codePoint <= 0x27bf);
}

/** How likely a reading is in text, before any hint: 3 common, 0 rare. */
export function readingTier(codePoint: number, previous: number): number {
  if (codePoint === 0xfe0f || codePoint === 0x200d) return 3;
  if (EMOJI.test(String.fromCodePoint(codePoint))) return isEverydayEmoji(codePoint) ? 3 : 2.5;
  if ((codePoint >= 0x2010 && codePoint <= 0x2027) || (codePoint >= 0x2030 && codePoint <= 0x205e)) return 3;
  const script = scriptOf(codePoint);
  if (script !== null && previous >= 0 && script === scriptOf(previous)) return 3;
  if (isPictographic(codePoint)) return 2;
  if ((codePoint >= 0x1d400 && codePoint <= 0x1d7ff) || (codePoint >= 0x2336 && codePoint <= 0x237a) || (codePoint >= 0x2400 && codePoint <= 0x243f)) return 0;
  return 1;
}

function score(codePoint: number, words: ReadonlySet<string>, atEnd: boolean): number {
  const hinted = HINTS.get(codePoint)?.some((word) => words.has(word)) ? 2 : 0;
  const preferred = PREFERRED.indexOf(codePoint);
  return hinted + (atEnd ? 0.25 : 0) + (preferred < 0 ? 0 : (PREFERRED.length - preferred) * 0.01);
}

interface Candidate {
  readonly codePoint: number;
  readonly tier: number;
  readonly atEnd: boolean;
}

/** Candidates depend only on the bytes, the page and the character before: the same few recur in a file. */
const memo = new Map<string, readonly Candidate[]>();

/** Forgets the readings worked out so far (they outlive a parse, and a test that must see them worked out again). */
export function forgetReadings(): void {
  memo.clear();
}

function candidates(present: readonly number[], gap: number, lostBytes: readonly number[], previous: number): readonly Candidate[] {
  const key = `${present.join()}|${gap}|${lostBytes.join()}|${previous}`;
  let found = memo.get(key);
  if (found) return found;
  const byCodePoint = new Map<number, Candidate>();
  const places = gap >= 0 ? [gap] : Array.from({ length: present.length }, (_, i) => i + 1);
  for (const place of places) {
    for (const byte of lostBytes) {
      if (!isContinuation(byte)) continue;
      const bytes = gap >= 0 ? present.map((b, i) => (i === gap ? byte : b)) : [...present.slice(0, place), byte, ...present.slice(place)];
      const codePoint = decodeSequence(bytes);
      if (codePoint < 0 || byCodePoint.has(codePoint) || !plausibleReading(codePoint, previous)) continue;
      byCodePoint.set(codePoint, { codePoint, tier: readingTier(codePoint, previous), atEnd: place === present.length });
    }
  }
  found = [...byCodePoint.values()];
  if (memo.size >= 4096) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * The readings of a sequence that lost one byte, best first. `present` are the bytes that are left
 * (the lead first); `gap` is where the lost byte was when a U+FFFD marks it (its slot in `present`
 * holds any value), or -1 when the byte vanished without a trace and could have been anywhere after
 * the lead. `previous` is the character before the sequence (-1 if none); `context` the text around it.
 */
export function lostByteReadings(
  present: readonly number[], gap: number, lostBytes: readonly number[], previous: number, context: () => string,
): string[] {
  const found = candidates(present, gap, lostBytes, previous);
  if (found.length === 0) return [];
  const hinted = found.some((c) => HINTS.has(c.codePoint));
  if (!hinted) return ranked(found, NO_WORDS);
  return ranked(found, new Set(context().toLowerCase().match(/[a-z]+/g) ?? []));
}

const NO_WORDS: ReadonlySet<string> = new Set();
const rankedWithoutHints = new WeakMap<readonly Candidate[], string[]>();

/** Only readings about as likely as the best, and not too many: a list to choose from, not every domino tile. */
function ranked(found: readonly Candidate[], words: ReadonlySet<string>): string[] {
  const known = words === NO_WORDS ? rankedWithoutHints.get(found) : undefined;
  if (known) return known;
  const best = Math.max(...found.map((c) => c.tier));
  const readings = found
    .filter((c) => c.tier >= best - 1)
    .map((c) => ({ codePoint: c.codePoint, score: c.tier + score(c.codePoint, words, c.atEnd) }))
    .sort((a, b) => b.score - a.score || a.codePoint - b.codePoint)
    .slice(0, MAX_READINGS)
    .map((c) => String.fromCodePoint(c.codePoint));
  if (words === NO_WORDS) rankedWithoutHints.set(found, readings);
  return readings;
}
