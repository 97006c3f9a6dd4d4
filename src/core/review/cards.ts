/**
 * Review cards from the plan itself: what a learner wrote down as a checkpoint, a quiz question or
 * a learning becomes something to recall later.
 *
 * - Fields of done days: `- **Checkpoint:** ...`, `- **Micro-Quiz:** ...`, `- **Key Learnings:** ...`
 *   (and their synonyms below). A field with an empty value and nested items gives one card per item;
 *   items nested under a non-empty field are its answer, except under a learning of four words or more,
 *   where each is a learning of its own.
 * - Learnings sections (`#### Key Learnings`, `## Key Insights & Aha Moments`, `### Takeaways`...):
 *   each top-level list item, and each line of a plain code fence, in the section and its
 *   sub-headings. Inside a day they count once the day is done; outside days (a tracker) always,
 *   since writing a learning down means it was learned.
 * Nothing from a day that is not done: before that, a checkpoint is a goal, not knowledge. A journal's entry is a
 * record, never marked done: what it says was learned is (a trial's journal gave no card).
 */
import type { Field, NodeKind, ParsedPlan, PlanNode } from '../model';
import { Lines } from '../edits/textEdit';
import { cardId } from './cardId';
import { vocabularyOf } from '../grammar/keywords';
import { copyOf } from '../parse/compactText';
import { LEARNING_NAMES } from '../grammar/learningNames';
import { recallForm, splitsOutsideCode, type RecallForm } from './recallForm';
import { fenceEntries, LineRanges, listBelow, listEntries, listItem, nestedLines, plainInline, withoutDecoration, type TextEntry } from './reviewText';

export type CardKind = 'checkpoint' | 'quiz' | 'learning';

/** Where a card comes from: its day, or the nearest heading that is not a learnings section. */
export interface ReviewContext {
  readonly kind: NodeKind;
  readonly title: string;
  /** The heading's line (0-based; 0 for the plan itself). */
  readonly line: number;
  /** The day's done date, when the context is a day. */
  readonly doneDate: string | null;
  /** The context's other fields (objective, resources, tasks...), for the reveal. */
  readonly fields: readonly Field[];
}

export interface ReviewCard {
  /** Stable id: see cardId.ts for what keeps it and what changes it. */
  readonly id: string;
  /**
   * Ids the card had before, whose reviews are its own: a question written apart from its answer is keyed by the
   * question alone (correcting the answer kept no history: a learner's report), and was keyed by its whole text.
   */
  readonly formerIds?: readonly string[];
  readonly kind: CardKind;
  /** The label as the plan writes it: `Checkpoint`, `Micro-Quiz`, `Key Learnings`. */
  readonly label: string;
  /** The card's text as the plan writes it (display text: markdown and decoration removed, mojibake repaired), one paragraph: what its id and log line hold. */
  readonly text: string;
  /** What is asked before the answer is shown: the text, or part of it (see recallForm.ts: a learning is asked by its first words). */
  readonly prompt: string;
  /** What the reveal shows: the lines nested under the text in the plan, the right side of `::`, or the whole learning a cue asked for; may be empty. */
  readonly answer: readonly string[];
  readonly planUri: string;
  /** The plan's identity in ids and the log: its path relative to the folder holding `.learning-plans/`. */
  readonly planKey: string;
  readonly planTitle: string;
  /** The prompt's line (0-based). */
  readonly line: number;
  readonly context: ReviewContext;
}

/** Field names (as the model gives them: no emoji, colon or detail) that make cards, by kind. */
const FIELD_KINDS: readonly [CardKind, RegExp][] = [
  ['checkpoint', /^(?:checkpoint|check point|self check|self test|recall|can you)$/],
  ['quiz', /^(?:micro quiz|mini quiz|quiz|quick quiz|self quiz|pop quiz|review questions?|flash ?cards?|question)$/],
  ['learning', LEARNING_NAMES],
];

/** Headings whose items are learnings (matched at the start, after emoji: `Key Insights & Aha Moments`). */
const LEARNINGS_HEADING = /^(?:key (?:learnings?|takeaways?|insights?|points|ideas|concepts)|learnings|takeaways|lessons learned|what i(?: have|'ve)? learned|today i learned|til)\b/;

function normalizedName(text: string): string {
  return withoutDecoration(text).toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** Field names are few and repeat on every day (the model stores each once): their kind is remembered. */
const kindByName = new Map<string, CardKind | null>();

export function fieldKind(name: string): CardKind | null {
  let kind = kindByName.get(name);
  if (kind !== undefined) return kind;
  const key = normalizedName(name);
  kind = FIELD_KINDS.find(([, pattern]) => pattern.test(key))?.[0] ?? otherLanguages().get(key) ?? null;
  if (kindByName.size >= 1000) kindByName.clear(); // a hostile plan with endless distinct names stays bounded
  kindByName.set(name, kind);
  return kind;
}

let otherLanguageKinds: ReadonlyMap<string, CardKind> | undefined;

/** The plans' other languages' card fields (`Kontrollfrage`, `Aprendizajes`: languages.json), as names are normalized here. */
function otherLanguages(): ReadonlyMap<string, CardKind> {
  otherLanguageKinds ??= new Map([...vocabularyOf().reviewFields].map(([name, kind]) => [name.replace(/[\s_-]+/g, ' ').trim(), kind]));
  return otherLanguageKinds;
}

/**
 * A heading of learnings: the English names (LEARNINGS_HEADING), or another language's learning field names at its
 * start, whole words (`## Wichtigste Erkenntnisse`, `## Aprendizajes clave de la semana`: a trial's gave no card).
 */
export function isLearningsHeading(title: string): boolean {
  if (title.length > LONGEST_TITLE_KNOWN) return readsAsLearnings(title);
  let known = learningsByTitle.get(title);
  if (known === undefined) {
    known = readsAsLearnings(title);
    if (learningsByTitle.size >= MOST_TITLES_KNOWN) learningsByTitle.clear(); // a hostile plan's endless titles stay bounded
    // A copy: a label read from a line (sessionLog's isNotesLabel) may be a slice that keeps the whole text alive.
    learningsByTitle.set(copyOf(title), known);
  }
  return known;
}

/**
 * Titles already read (isLearningsHeading): the review badge walks a plan's headings after every parse, a keystroke's
 * too, and a 5 MB plan's 1,300 module titles took ~4 ms of each keystroke to read again (a profile).
 */
const learningsByTitle = new Map<string, boolean>();
const MOST_TITLES_KNOWN = 20_000;
const LONGEST_TITLE_KNOWN = 200;

function readsAsLearnings(title: string): boolean {
  const key = normalizedName(title);
  if (LEARNINGS_HEADING.test(key)) return true;
  const words = key.split(' ');
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    if (otherLanguages().get(words.slice(0, n).join(' ').replace(/[:.!]+$/, '')) === 'learning') return true;
  }
  return false;
}

/** What the card id hashes for the context: the day number, the journal date, else the title. */
function contextKey(node: PlanNode): string {
  if (node.kind === 'plan') return '';
  if (node.kind === 'day' && node.number !== null) return `Day ${node.number}`;
  return node.date ?? node.title;
}

/** True when the plan has anything cards could come from, read from the model alone (no text needed). */
export function hasReviewMaterial(plan: ParsedPlan): boolean {
  const visit = (node: PlanNode, inDay: boolean): boolean => {
    if (node.kind === 'day' && !node.done && !plan.journal) return false;
    const day = inDay || node.kind === 'day';
    if (node.kind !== 'plan' && isLearningsHeading(node.title)) return true;
    if (node.fields.some((f) => { const kind = fieldKind(f.name); return kind === 'learning' || (kind !== null && day); })) return true;
    return node.children.some((child) => visit(child, day));
  };
  return visit(plan.root, false);
}

/** A card before it has an id: everything read from the text, nothing that depends on the plan's key. */
interface DraftCard {
  readonly kind: CardKind;
  readonly label: string;
  readonly entry: TextEntry;
  readonly context: PlanNode;
  /** Its line has ` :: ` outside code (read from the raw text, which the entry's display text no longer shows). */
  readonly splits: boolean;
}

interface Prepared {
  readonly drafts: readonly DraftCard[];
  /** Cards by plan key (the same model seen under one key, in practice). */
  readonly byKey: Map<string, readonly ReviewCard[]>;
}

/** Per (immutable) model: what the text gave, so later calls need neither the text nor a second read. */
const prepared = new WeakMap<ParsedPlan, Prepared>();
const NOTHING: Prepared = { drafts: [], byKey: new Map() };

/**
 * Reads what the plan's cards need from its text and keeps it with the model. Call it where the text
 * is at hand (the index does when it parses a file); then `preparedReviewCards` needs no text. A plan
 * with no review material (hasReviewMaterial) costs one walk of the model and no look at the text.
 */
export function prepareReviewCards(plan: ParsedPlan, text: string): void {
  if (prepared.has(plan)) return;
  prepared.set(plan, hasReviewMaterial(plan) ? { drafts: collect(plan, text), byKey: new Map() } : NOTHING);
}

/**
 * The plan's cards, in document order, without duplicates (the same prompt twice in one context is one
 * card). `text` is the document the plan was parsed from; `planKey` is the plan's path relative to the
 * folder holding `.learning-plans/` (posix separators).
 */
export function reviewCards(plan: ParsedPlan, text: string, planKey: string): readonly ReviewCard[] {
  prepareReviewCards(plan, text);
  return preparedReviewCards(plan, planKey)!;
}

/** The cards of a model prepared earlier (undefined if it never was: then call reviewCards with its text). */
export function preparedReviewCards(plan: ParsedPlan, planKey: string): readonly ReviewCard[] | undefined {
  const ready = prepared.get(plan);
  if (!ready) return undefined;
  if (ready === NOTHING) return [];
  let cards = ready.byKey.get(planKey);
  if (!cards) {
    cards = withIds(plan, ready.drafts, planKey);
    ready.byKey.clear(); // one key per model in practice; never grow without bound
    ready.byKey.set(planKey, cards);
  }
  return cards;
}

/**
 * Each draft's id, and the id of its whole text when that is not it: a question written apart from its answer is
 * keyed by the question (so a corrected answer keeps the card's reviews), unless its context asks it twice (two
 * answers to one question stay two cards, keyed by their whole text as every card was before).
 */
function idsOf(drafts: readonly DraftCard[], planKey: string): { id: string; former: string[] }[] {
  const keyed = drafts.map((draft) => {
    const key = (prompt: string): { whole: string; asked: string | null } => {
      const form = recallForm(prompt, draft.entry.answer, { statement: draft.kind === 'learning', splits: draft.splits });
      return { whole: cardId(planKey, contextKey(draft.context), prompt), asked: form.apart ? cardId(planKey, contextKey(draft.context), form.prompt) : null };
    };
    // A learning read otherwise before its code spans were set aside (`__init__` read `init`) keeps that reading's
    // reviews: its ids are former ids of the card (a review's: the card started over as new).
    const before = draft.entry.formerPrompt === undefined ? null : key(draft.entry.formerPrompt);
    return { ...key(draft.entry.prompt), before };
  });
  const asked = new Map<string, number>();
  for (const { asked: id } of keyed) if (id !== null) asked.set(id, (asked.get(id) ?? 0) + 1);
  const ids = keyed.map(({ whole, asked: askedId }) => (askedId !== null && asked.get(askedId) === 1 ? askedId : whole));
  // Another card's id is never a former one (`` `init` method `` and `init method`: the one's reviews are not the other's).
  const current = new Set(ids);
  return keyed.map(({ whole, before }, k) => {
    const former = [whole, ...(before ? [before.whole, ...(before.asked ? [before.asked] : [])] : [])];
    return { id: ids[k], former: [...new Set(former)].filter((other) => other !== ids[k] && !current.has(other)) };
  });
}

function withIds(plan: ParsedPlan, drafts: readonly DraftCard[], planKey: string): ReviewCard[] {
  const cards: ReviewCard[] = [];
  const seen = new Set<string>();
  const ids = idsOf(drafts, planKey);
  const keptIds: { id: string; former: string[] }[] = [];
  const kept = drafts.filter((_, k) => {
    if (seen.has(ids[k].id)) return false;
    seen.add(ids[k].id);
    keptIds.push(ids[k]);
    return true;
  });
  const forms = distinctForms(kept);
  for (let k = 0; k < kept.length; k++) {
    const { kind, label, entry, context } = kept[k];
    const { id, former } = keptIds[k];
    const asked = forms[k];
    cards.push({
      id, ...(former.length > 0 ? { formerIds: former } : {}), kind, label, text: entry.prompt, prompt: asked.prompt, answer: asked.answer, planUri: plan.uri, planKey, planTitle: plan.root.title, line: entry.line,
      context: {
        kind: context.kind, title: context.title, line: context.line,
        doneDate: context.kind === 'day' ? context.doneDate ?? (plan.journal ? context.date : null) : null,
        fields: context.fields.filter((f) => f.line !== entry.line),
      },
    });
  }
  return cards;
}

/**
 * What each card asks; two cues of one context that read the same (`Iceberg supports …` for two learnings)
 * are made longer, a word at a time, until they differ or cannot grow.
 */
function distinctForms(drafts: readonly DraftCard[]): RecallForm[] {
  const formOf = (draft: DraftCard, longer: number): RecallForm =>
    recallForm(draft.entry.prompt, draft.entry.answer, { statement: draft.kind === 'learning', splits: draft.splits, longer });
  const forms = drafts.map((draft) => formOf(draft, 0));
  for (let longer = 1; longer <= 32; longer++) {
    const count = new Map<string, number>();
    const key = (k: number): string => `${drafts[k].context.line}\u0000${forms[k].prompt}`;
    forms.forEach((form, k) => { if (form.cued) count.set(key(k), (count.get(key(k)) ?? 0) + 1); });
    const same = forms.map((form, k) => form.cued && count.get(key(k))! > 1);
    if (!same.includes(true)) break;
    let grew = false;
    forms.forEach((form, k) => {
      if (!same[k]) return;
      const next = formOf(drafts[k], longer);
      grew ||= next.prompt !== form.prompt;
      forms[k] = next;
    });
    if (!grew) break;
  }
  return forms;
}

function collect(plan: ParsedPlan, text: string): DraftCard[] {
  const lines = new Lines(text);
  const at = (line: number): string => lines.at(line);
  const literal = new LineRanges(plan.literalBlocks);
  const drafts: DraftCard[] = [];
  const fieldLines = new Set<number>();
  const add = (kind: CardKind, label: string, entry: TextEntry, context: PlanNode): void => {
    drafts.push({ kind, label, entry, context, splits: entry.prompt.includes('::') && splitsOutsideCode(at(entry.line)) });
  };

  const fieldCards = (node: PlanNode, inDay: boolean, context: PlanNode): void => {
    for (const field of node.fields) {
      const kind = fieldKind(field.name);
      if (!kind || (kind !== 'learning' && !inDay)) continue;
      fieldLines.add(field.line);
      const nested = nestedLines(at, field.line, node.endLine, literal);
      const label = withoutDecoration(field.name);
      const value = withoutDecoration(field.value);
      // `- **Key Learnings:** a learning` with more learnings nested under it: a card each, the first one too (a
      // learner saw the nested ones become the first one's answer). A short value (`Delta Lake`) is their topic:
      // the items stay its answer.
      const listed = kind === 'learning' && value.split(/\s+/).length >= 4 ? listEntries(at, field.line + 1, nested.next, literal) : [];
      if (listed.length > 0) {
        add(kind, label, { line: field.line, prompt: value, answer: [] }, context);
        for (const entry of listed) add(kind, label, entry, context);
      } else if (field.value.trim()) {
        // The value wrapped onto the next line (`... with SUM() OVER` then `(ORDER BY month)`): the prompt's, not its
        // answer (a trial's card revealed half a sentence); a question's next line stays its answer (`...?` then `Answer:`).
        const [first, ...rest] = nested.lines;
        const wraps = first !== undefined && !first.startsWith('- ') && !/[?.!:\uFF1F\u3002\uFF1A]$/.test(value) && /^[\p{Ll}(]/u.test(first);
        add(kind, label, { line: field.line, prompt: wraps ? `${value} ${first}` : value, answer: wraps ? rest : nested.lines }, context);
      } else {
        // `- **Key Learnings:**` with the learnings nested under it: one card each; a paragraph's `**Key Learnings:**`
        // with them in the list right below it, too (a trial's gave no card).
        const below = nested.next === field.line + 1 && listItem(at(field.line)) === null ? listBelow(at, field.line, node.endLine) : null;
        for (const entry of listEntries(at, below?.start ?? field.line + 1, below?.end ?? nested.next, literal)) add(kind, label, entry, context);
      }
    }
  };

  const sectionCards = (node: PlanNode, label: string, context: PlanNode): void => {
    const bodyEnd = node.children.length > 0 ? node.children[0].line : node.endLine;
    const entries = [...listEntries(at, node.line + 1, bodyEnd, literal), ...fenceEntries(at, node.line + 1, bodyEnd, literal)]
      .filter((entry) => !fieldLines.has(entry.line) && !isFieldOnly(at(entry.line)))
      .sort((a, b) => a.line - b.line);
    for (const entry of entries) add('learning', label, entry, context);
  };

  const visit = (node: PlanNode, inDay: boolean, context: PlanNode, learnings: string | null): void => {
    if (node.kind === 'day') {
      if (!node.done && !plan.journal) return;
      inDay = true;
      context = node;
    }
    let label = learnings;
    if (node.kind !== 'plan' && node.kind !== 'day') {
      if (isLearningsHeading(node.title)) label = withoutDecoration(node.title);
      else if (!inDay) context = node; // inside a day, the day stays the context whatever the sub-heading
    }
    fieldCards(node, inDay, context);
    if (label) sectionCards(node, label, context);
    for (const child of node.children) visit(child, inDay, context, label);
  };
  visit(plan.root, false, plan.root, null);
  return drafts;
}

/** A list item that is only a bold label (`- **Iceberg**`) introduces, it teaches nothing by itself. */
function isFieldOnly(line: string): boolean {
  const item = listItem(line);
  return item !== null && /^\*\*[^*]+\*\*:?\s*$/.test(item.text.trim()) && plainInline(item.text).length < 40;
}
