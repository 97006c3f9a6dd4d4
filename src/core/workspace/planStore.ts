/**
 * The workspace's plans as a read model, with no VS Code in it: the extension's index feeds it texts
 * (from editors, from disk) and turns the changes it collects into one event per flush.
 *
 * - `planFor` is a silent getter: it parses a document at most once per (uri, version) and never
 *   records anything as changed.
 * - `update` records a file's current text. A text equal to the stored one (same length and hash) is
 *   not parsed again and is not a change, so the editor, the debounced listener and the file watcher
 *   can all report the same edit and only the first one counts.
 * - Changes accumulate until `takeChanges`, which returns each changed plan once.
 */
import type { PlanDocument } from '../document';
import type { ParsedPlan } from '../model';
import { buildPlan, buildPlanInSteps } from '../parse/buildPlan';
import type { TextChange } from '../parse/incremental';
import { TextKey, textFingerprint } from './fingerprint';

export interface PlanChanges {
  /** Plans whose model changed (replaced by a model of other text). */
  readonly changed: readonly string[];
  /** Files that became plans, and plans that stopped being plans or were removed. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * How documents being typed in are parsed: `parse` keeps what `reparse` needs to parse again only the pieces an
 * edit touched (see parse/incremental.ts).
 */
export interface TypingParser {
  parse(document: PlanDocument): ParsedPlan;
  reparse(previous: ParsedPlan, document: PlanDocument, changes: readonly TextChange[]): ParsedPlan;
}

/** An open document's text handed to `update`: with the edits made since the store last took it, if known. */
export interface Typing {
  readonly changes?: readonly TextChange[];
  /**
   * The document has edits not saved: its text stays held for the next keystroke even when it comes again
   * unchanged (the file watcher's late report of an open file hands over the editor's text, not the disk's).
   */
  readonly unsaved?: boolean;
}

/** `held`'s answer when the store does not know the text. */
const UNKNOWN = Symbol('unknown');

interface Entry {
  readonly plan: ParsedPlan;
  readonly key: TextKey;
}

export class PlanStore {
  /** Stored plans by uri: only files that are plans. */
  private readonly plans = new Map<string, Entry>();
  /** Fingerprints of files read that are not plans, so the same text is not parsed twice. */
  private readonly nonPlans = new Map<string, TextKey>();
  /** The last model per uri, keyed by document version (the getter's cache). */
  private readonly parsed = new Map<string, { version: number; plan: ParsedPlan; key: TextKey }>();
  private readonly changed = new Set<string>();
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();
  /** Parses run; tests prove a cache hit or an equal text did no work. */
  parseCount = 0;

  /**
   * `parse`: a document's parse; `typingParser`: a document's being typed in; `parseInSteps`: `parse` in steps (see
   * `updateInSteps`), the same model.
   */
  constructor(
    private readonly parse: (document: PlanDocument) => ParsedPlan = buildPlan,
    private readonly typingParser?: TypingParser,
    private readonly parseInSteps: (document: PlanDocument) => Generator<void, ParsedPlan> = buildPlanInSteps,
  ) {}

  get size(): number {
    return this.plans.size;
  }

  get(uri: string): ParsedPlan | undefined {
    return this.plans.get(uri)?.plan;
  }

  /** Plans in a stable order (by uri); the same array until a plan changes (callers must not change it). */
  all(): readonly ParsedPlan[] {
    this.sorted ??= [...this.plans.keys()].sort().map((uri) => this.plans.get(uri)!.plan);
    return this.sorted;
  }

  private sorted: ParsedPlan[] | undefined;

  has(uri: string): boolean {
    return this.plans.has(uri);
  }

  /**
   * The model of a document's text, plan or not: silent (records no change). Parsed at most once per
   * (uri, version); a text equal to the stored one returns the stored model without parsing.
   */
  planFor(document: PlanDocument, typing?: Typing): ParsedPlan {
    const cached = this.parsed.get(document.uri);
    if (cached && cached.version === document.version) return cached.plan;
    const text = document.getText();
    const key = keyOf(text, typing);
    const plan = this.knownModel(document.uri, key) ?? this.parseText(document, text, typing, this.plans.get(document.uri)?.plan);
    this.parsed.set(document.uri, { version: document.version, plan, key });
    return plan;
  }

  /**
   * Records a file's current text (a document's, or read from disk with a made-up version). Returns
   * the stored plan, or undefined when the file is not a plan. Records a change only when the model
   * really changed. `typing`: the text is an open document's; with `changes`, the complete list of edits
   * since the text the stored model was made from (then only the pieces they touched are parsed again).
   */
  update(document: PlanDocument, typing?: Typing): ParsedPlan | undefined {
    const uri = document.uri;
    const cached = this.parsed.get(uri);
    const sameVersion = cached !== undefined && cached.version === document.version;
    const text = sameVersion ? '' : document.getText();
    const key = sameVersion ? cached.key : keyOf(text, typing);
    const held = this.held(uri, key, typing);
    if (held !== UNKNOWN) return held;
    return this.take(uri, document.version, key, this.knownModel(uri, key) ?? this.parseText(document, text, typing, this.plans.get(uri)?.plan));
  }

  /**
   * `update` of a text read from disk, its parse made in steps (`parseInSteps`, a piece of the text per step): the
   * caller runs them between other work, and the store takes the model at the last step. A text the store knows
   * needs no step. A caller that stops running the steps (a newer text of the file came) leaves the store as it was.
   */
  *updateInSteps(document: PlanDocument): Generator<void, ParsedPlan | undefined> {
    const uri = document.uri;
    const text = document.getText();
    const key = keyOf(text, undefined);
    const held = this.held(uri, key, undefined);
    if (held !== UNKNOWN) return held;
    const known = this.knownModel(uri, key);
    if (known) return this.take(uri, document.version, key, known);
    // The text's fingerprint (a look at all of it) is a step of its own.
    yield;
    const plan = yield* this.parseInSteps({ uri, version: document.version, getText: () => text });
    // Counted when made (a parse superseded half-way made nothing).
    this.parseCount++;
    return this.take(uri, document.version, key, plan);
  }

  /**
   * What the store holds of this very text, without a parse: the stored plan (then `typing` says whether its text is
   * still held), undefined for a known non-plan, else UNKNOWN.
   */
  private held(uri: string, key: TextKey, typing: Typing | undefined): ParsedPlan | undefined | typeof UNKNOWN {
    const stored = this.plans.get(uri);
    if (stored && stored.key.equals(key)) {
      // The same text, not typed in (read from disk, a saved editor's): nothing to compare it with exactly next.
      if (!typing?.changes && !typing?.unsaved) stored.key.settle();
      return stored.plan;
    }
    if (!stored && this.nonPlans.get(uri)?.equals(key)) return undefined;
    return UNKNOWN;
  }

  /** Records `plan`, the model of the text of `key`, as the file's: a change when it is another model of a plan. */
  private take(uri: string, version: number, key: TextKey, plan: ParsedPlan): ParsedPlan | undefined {
    const stored = this.plans.get(uri);
    this.parsed.set(uri, { version, plan, key });
    if (plan.isPlan) {
      this.nonPlans.delete(uri);
      this.plans.set(uri, { plan, key });
      this.note(uri, stored ? 'changed' : 'added');
      return plan;
    }
    // Nothing of a non-plan is kept but its fingerprint: its model is dropped at once (and its text).
    this.parsed.delete(uri);
    this.nonPlans.set(uri, TextKey.ofFingerprint(key.fingerprint));
    if (stored) {
      this.plans.delete(uri);
      this.note(uri, 'removed');
    }
    return undefined;
  }

  /** A model already made from this exact text (stored, or parsed by the getter), if any. */
  private knownModel(uri: string, key: TextKey): ParsedPlan | undefined {
    const stored = this.plans.get(uri);
    if (stored && stored.key.equals(key)) return stored.plan;
    const cached = this.parsed.get(uri);
    return cached && cached.key.equals(key) ? cached.plan : undefined;
  }

  /**
   * Takes a file's model from a snapshot (see indexSnapshot.ts) without reading or parsing it: the file is
   * known to hold the text of `fingerprint`. A change like `update`'s when it differs from what is stored.
   */
  adopt(uri: string, fingerprint: string, plan: ParsedPlan | null): void {
    const key = TextKey.ofFingerprint(fingerprint);
    const stored = this.plans.get(uri);
    if (stored && stored.key.equals(key)) return;
    if (!stored && !plan && this.nonPlans.get(uri)?.equals(key)) return;
    this.parsed.delete(uri);
    if (plan && plan.isPlan) {
      this.nonPlans.delete(uri);
      this.plans.set(uri, { plan, key });
      this.note(uri, stored ? 'changed' : 'added');
      return;
    }
    this.nonPlans.set(uri, key);
    if (stored) {
      this.plans.delete(uri);
      this.note(uri, 'removed');
    }
  }

  /** What the store holds of a file, for a snapshot: its fingerprint (worked out when read) and its model (null: not a plan). */
  entryOf(uri: string): { readonly fingerprint: string; readonly plan: ParsedPlan | null } | undefined {
    const stored = this.plans.get(uri);
    const key = stored?.key ?? this.nonPlans.get(uri);
    if (key === undefined) return undefined;
    return {
      plan: stored?.plan ?? null,
      get fingerprint() {
        return key.fingerprint;
      },
    };
  }

  /** Lets go of a typed document's text kept to compare the next keystroke with (it was saved): its fingerprint stays. */
  settle(uri: string): void {
    this.plans.get(uri)?.key.settle();
    this.parsed.get(uri)?.key.settle();
  }

  /** Whether the store holds a file's text (a document typed in and not settled since): for tests. */
  holdsText(uri: string): boolean {
    return this.plans.get(uri)?.key.holdsText === true || this.parsed.get(uri)?.key.holdsText === true;
  }

  /**
   * Drops the getter's cached model of a file (an editor opened or closed it: VS Code numbers the versions of a
   * reopened document from 1 again, so a version no longer names one text).
   */
  dropCachedModel(uri: string): void {
    this.parsed.delete(uri);
  }

  /** Forgets a file (deleted, excluded, too large); a change if it was a plan. */
  delete(uri: string): boolean {
    this.parsed.delete(uri);
    this.nonPlans.delete(uri);
    if (!this.plans.delete(uri)) return false;
    this.note(uri, 'removed');
    return true;
  }

  /** Uris of every file the store knows (plans and non-plans), for sweeping after a scan. */
  knownUris(): string[] {
    return [...this.plans.keys(), ...this.nonPlans.keys()];
  }

  /** The changes since the last call, each plan once; undefined when nothing changed. */
  takeChanges(): PlanChanges | undefined {
    if (this.changed.size + this.added.size + this.removed.size === 0) return undefined;
    const changes = { changed: [...this.changed], added: [...this.added], removed: [...this.removed] };
    this.changed.clear();
    this.added.clear();
    this.removed.clear();
    return changes;
  }

  private parseText(document: PlanDocument, text: string, typing?: Typing, previous?: ParsedPlan): ParsedPlan {
    this.parseCount++;
    const doc = { uri: document.uri, version: document.version, getText: () => text };
    if (!typing || !this.typingParser) return this.parse(doc);
    return previous && typing.changes ? this.typingParser.reparse(previous, doc, typing.changes) : this.typingParser.parse(doc);
  }

  /** A plan removed and added again in one flush is a change; added then removed is nothing. */
  private note(uri: string, kind: 'changed' | 'added' | 'removed'): void {
    this.sorted = undefined;
    if (kind === 'removed') {
      if (this.added.delete(uri)) return;
      this.changed.delete(uri);
      this.removed.add(uri);
    } else if (kind === 'added' && this.removed.delete(uri)) {
      this.changed.add(uri);
    } else if (kind === 'added') {
      this.added.add(uri);
    } else if (!this.added.has(uri)) {
      this.changed.add(uri);
    }
  }
}

/**
 * The key of a text the store takes: a document being typed in keeps its text (compared exactly with the
 * next keystroke's; hashed only if a fingerprint is asked for) until settled; any other text is hashed now.
 */
function keyOf(text: string, typing: Typing | undefined): TextKey {
  return typing?.changes ? TextKey.ofText(text) : TextKey.ofFingerprint(textFingerprint(text));
}
