/**
 * Re-parsing a plan as it is typed in. A long plan is parsed in pieces (chunks.ts); a plan parsed by
 * `parseForTyping` or `reparsePlan` keeps, next to its model, the calls each piece made on the tree
 * builder (planSink.ts). After an edit, the pieces are cut again (a scan of the lines, no parse), and
 * a piece that lies wholly before or wholly after the edited range has the text it had: its calls are
 * replayed, lines shifted, instead of parsing it again. Only the pieces the edit touches are parsed.
 * The result is the model a full parse gives (a property test compares them); anything the previous
 * parse cannot vouch for (another front matter or title, another mojibake code page, a length that does
 * not add up) makes it a full parse.
 *
 * What is kept is a side table (a WeakMap), not part of the model: it goes with the model, costs
 * nothing to plans parsed otherwise (the index keeps plain models), and is never serialised. A plan made
 * ready for typing (prepareForTypingInSteps) keeps one too, with the calls of a second parse (their tasks,
 * links and fields are that parse's copies): the index lets it go when the plan's editor closes.
 */
import type { PlanDocument } from '../document';
import type { ParsedPlan } from '../model';
import { detectEncodingOf, movedDetection, type Detection, type FileEncoding } from '../text/mojibake';
import { buildPlanOfInSteps, CHUNK_CHARS, type BuildOptions, type Piece } from './buildPlan';
import { prepareSource, type PreparedSource } from './markdown';
import { mayBeCut, type PreviousCuts } from './chunks';
import { readDateOrder, type DateOrderRead } from '../grammar/fileDateOrder';
import { coveringRange, type TextChange } from '../text/textChanges';

export type { TextChange } from '../text/textChanges';

interface Memo {
  readonly pieces: readonly Piece[];
  /** The raw text's length, and how much shorter the prepared source is (a BOM, front matter blanked). */
  readonly length: number;
  readonly shrink: number;
  /** Where the body starts in the prepared source (after the front matter's blanked lines). */
  readonly head: number;
  readonly frontMatter: string | null;
  readonly encoding: string;
  /** The text's mojibake detection, kept for an edit that cannot change it (see movedDetection). */
  readonly detection: Detection;
  /** The piece size it was cut with: its cuts are a start for the next cut only at the same size. */
  readonly chunkChars: number | undefined;
  /** How many of `pieces` were replayed, not parsed. */
  readonly reused: number;
  /**
   * How the text writes slashed dates, once a heading's date asked (see fileDateOrder); undefined while no piece's
   * heading has. Once read, every re-parse reads it again: a piece replayed holds headings read in that order.
   */
  readonly dateOrder: DateOrderRead | undefined;
  /** Whether the parse met a date without a year (see fileYears.ts): the next parses all again. */
  readonly years: boolean;
}

const memos = new WeakMap<ParsedPlan, Memo>();

function encodingKey(encoding: FileEncoding | null): string {
  if (!encoding) return '';
  return [encoding.page.id, encoding.certain, encoding.mixed, encoding.spaceMayBeA0, [...encoding.scripts].sort().join(',')].join('|');
}

/** The length of the front matter's blanked lines at the start of the prepared source. */
function headOf(source: PreparedSource): number {
  if (source.frontMatter === null) return 0;
  let i = 0;
  while (i < source.text.length && (source.text.charCodeAt(i) === 10 || source.text.charCodeAt(i) === 13)) i++;
  return i;
}

/** The detection of `text`: the previous one moved by the changes when they cannot have changed it (a 5 MB plan is typed in). */
function detectionOf(text: string, previous: Memo | undefined, changes: readonly TextChange[] | undefined): Detection {
  if (previous && changes && changes.length > 0) {
    const { from, to, delta } = coveringRange(changes, 0);
    if (previous.length + delta === text.length) {
      const moved = movedDetection(previous.detection, text, from, to, delta);
      if (moved) return moved;
    }
  }
  return detectEncodingOf(text);
}

function parse(document: PlanDocument, text: string, previous: Memo | undefined, changes: readonly TextChange[] | undefined, options: BuildOptions): ParsedPlan {
  const steps = parseInSteps(document, text, previous, changes, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `parse` a piece at a time (see buildPlanInSteps): `prepareForTypingInSteps` runs it between the host's other work. */
function* parseInSteps(document: PlanDocument, text: string, previous: Memo | undefined, changes: readonly TextChange[] | undefined, options: BuildOptions): Generator<void, ParsedPlan> {
  const detection = detectionOf(text, previous, changes);
  const encoding = detection.encoding;
  const source = prepareSource(text);
  const key = encodingKey(encoding);
  const shrink = text.length - source.text.length;
  const head = headOf(source);
  let find: ((start: number, end: number) => Piece | undefined) | null = null;
  let cuts: PreviousCuts | undefined;
  if (previous && changes && changes.length > 0 && previous.encoding === key && previous.frontMatter === source.frontMatter && previous.shrink === shrink && previous.head === head) {
    const { from, to, delta } = coveringRange(changes, shrink);
    if (from >= head && previous.length + delta === text.length) {
      const byStart = new Map(previous.pieces.map((piece) => [piece.start, piece]));
      const after = to + delta;
      find = (start, end) => {
        const old = end <= from ? byStart.get(start) : start >= after ? byStart.get(start - delta) : undefined;
        return old && old.end - old.start === end - start && !old.recording.placeless ? old : undefined;
      };
      if (previous.chunkChars === options.chunkChars) cuts = { starts: previous.pieces.map((piece) => piece.start), firstLines: previous.pieces.map((piece) => piece.firstLine), from, to, delta };
    }
  }
  // The order its replayed headings were read in changed (`## 20/11/2026` typed in a journal of `## 11/05/2026`): all again.
  const sameHead = previous !== undefined && previous.frontMatter === source.frontMatter && previous.head === head;
  const dateOrder = previous?.dateOrder === undefined ? undefined : ((sameHead ? movedDates(previous, previous.dateOrder, changes, shrink, source.text) : null) ?? readDateOrder(source.text));
  // A date written without a year takes it from the file's dates anywhere (fileYears.ts): all again.
  if (dateOrder?.order !== previous?.dateOrder?.order || previous?.years) {
    find = null;
    cuts = undefined;
  }
  let reused = 0;
  const lookup = (start: number, end: number): Piece | undefined => {
    const found = find?.(start, end);
    if (found) reused++;
    return found;
  };
  // A look over the whole text so far (its code page, front matter, the previous pieces): a step of its own.
  yield;
  const built = yield* buildPlanOfInSteps(document, source, { chunkChars: options.chunkChars }, { find: lookup, cuts, dateOrder }, encoding);
  const { plan, pieces } = built;
  memos.set(plan, { pieces, length: text.length, shrink, head, frontMatter: source.frontMatter, encoding: key, detection, chunkChars: options.chunkChars, reused, dateOrder: built.dateOrder, years: built.years });
  return plan;
}

/**
 * The previous text's slashed dates moved by the changes, when the changes touch none and write none (the order they
 * say is the same, read without a look over the whole text at each keystroke), else null. A date's reading depends on
 * the character before and after it: a change next to one counts as touching it.
 */
function movedDates(previous: Memo, read: DateOrderRead, changes: readonly TextChange[] | undefined, shrink: number, text: string): DateOrderRead | null {
  if (!changes || changes.length === 0 || previous.shrink !== shrink) return null;
  const { from, to, delta } = coveringRange(changes, shrink);
  if (from < previous.head || previous.length + delta !== text.length + shrink) return null;
  const { spots } = read;
  for (let k = 0; k < spots.length; k += 2) if (spots[k] <= to + 1 && spots[k + 1] >= from - 1) return null;
  // A date is at most 10 characters long: one the changes made holds one of theirs, or the place they joined.
  if (/\d[/-]\d/.test(text.slice(Math.max(0, from - 11), Math.min(text.length, to + delta + 11)))) return null;
  return { order: read.order, spots: spots.map((spot) => (spot >= to ? spot + delta : spot)) };
}

/**
 * Parses a plan that is about to be typed in (a plan open in an editor): the same model as
 * `buildPlan`, plus what `reparsePlan` needs to re-parse it fast after an edit.
 */
export function parseForTyping(document: PlanDocument, options: BuildOptions = {}): ParsedPlan {
  return parse(document, document.getText(), undefined, undefined, options);
}

/**
 * Makes `plan`, a model of `document`'s very text made another way (read from disk, taken from a snapshot), one that
 * `reparsePlan` re-parses fast: the text is parsed again in steps, recording what a re-parse needs, kept beside `plan`
 * (the same model, so nothing the views hold changes). A 5 MB plan's first keystroke was a whole parse (~1 s in the
 * extension host); run while the plan is open and nothing is typed, it is not. `plan` must be of this text (the
 * caller compared fingerprints); a plan ready to be typed in already is left as it is.
 */
export function* prepareForTypingInSteps(plan: ParsedPlan, document: PlanDocument, options: BuildOptions = {}): Generator<void, void> {
  // A text never cut into pieces (see chunks.ts) would be one piece: its first keystroke re-parses all of it anyway.
  if (memos.has(plan) || !mayBeCut(document.getText(), options.chunkChars ?? CHUNK_CHARS)) return;
  yield;
  const made = yield* parseInSteps(document, document.getText(), undefined, undefined, options);
  const memo = memos.get(made);
  if (memo && !memos.has(plan)) memos.set(plan, memo);
}

/** Lets go of what `plan` keeps to be re-parsed fast (its editor closed: a plan never typed in keeps nothing). */
export function forgetTypingPieces(plan: ParsedPlan): void {
  memos.delete(plan);
}

/**
 * The model of `document` after `changes` were made to the text `previous` was parsed from: the
 * model a full parse gives, parsing only the pieces the changes touched. `previous` from
 * `parseForTyping` or `reparsePlan` (another model, or no changes, make it a full parse, kept for the
 * next edit). `changes`: every change between the two texts, in the order they were made (the
 * `contentChanges` of each `onDidChangeTextDocument` event since, concatenated).
 * `options.chunkChars`: tests make pieces tiny (only the full inline pass is not offered here).
 */
export function reparsePlan(previous: ParsedPlan, document: PlanDocument, changes: readonly TextChange[], options: BuildOptions = {}): ParsedPlan {
  return parse(document, document.getText(), memos.get(previous), changes, options);
}

/** How many pieces the last parse of `plan` took from the previous one (for tests: proof that an edit reused them). */
export function reusedPieces(plan: ParsedPlan): { reused: number; total: number } | undefined {
  const memo = memos.get(plan);
  return memo && { reused: memo.reused, total: memo.pieces.length };
}
