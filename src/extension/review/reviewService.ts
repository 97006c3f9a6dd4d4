import * as vscode from 'vscode';
import {
  appendReviewLines, appendToReviewLog, checkPathBelow, FileError, hasReviewMaterial, localIsoDate, nextDueAfter, nextReviewDate, parseReviewLog, planTitle, prepareReviewCards, preparedReviewCards,
  REVIEW_LOG_PATH, reviewCounts, reviewLogLine, reviewQueue, type CardSchedule, type Clock, type Grade, type ParsedPlan, type ReviewCard, type ReviewEntry, type ReviewQueue,
} from '../../core';
import type { PlanIndex } from '../index/planIndex';
import { errorMessage, log } from '../log';
import { maxFileBytes } from '../settings';
import type { TodayService } from '../today/todayService';
import { toWorkspaceEdit } from '../vscodeAdapters';
import { WorkspaceFileSystem } from '../workspaceFileSystem';

const LOG_SEGMENTS = REVIEW_LOG_PATH.split('/');
/** Log changes reported by the file watcher are read this long after the last one (writes settle first). */
const LOG_SETTLE_MS = 100;

/** One workspace folder's review log as last read. */
interface FolderLog {
  readonly entries: readonly ReviewEntry[];
  /** Lines that look like reviews but are not (a bad date, id or grade): ignored. */
  readonly problems: number;
  /** Why the log cannot be used (a symbolic link, not a file, too large), if so. */
  readonly unusable?: string;
}

const NO_LOG: FolderLog = { entries: [], problems: 0 };

export interface FolderReview {
  readonly folder: vscode.WorkspaceFolder;
  readonly log: vscode.Uri;
  readonly entries: readonly ReviewEntry[];
  readonly queue: ReviewQueue;
  readonly unusable?: string;
}

/** What the views show of review: computed lazily from the index's models and the logs, never fired by a getter. */
export interface ReviewState {
  readonly today: string;
  /** Cards to review now, in order (each folder's queue: due reviews, then today's new cards). */
  readonly due: readonly CardSchedule[];
  readonly cards: number;
  /** New cards left for later days by the daily limit. */
  readonly newWaiting: number;
  /** The first date after today with a card due, or null. */
  readonly nextDue: string | null;
  readonly reviewedToday: number;
  readonly reviewedThisWeek: number;
  readonly folders: readonly FolderReview[];
}

export type RecordResult =
  | { readonly ok: true; readonly line: string; readonly next: string; readonly log: vscode.Uri }
  | { readonly ok: false; readonly message: string };

/** The log of a workspace folder: `<folder>/.learning-plans/reviews.md`, as the CLI finds it from inside the folder. */
export function reviewLogUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...LOG_SEGMENTS);
}

function newPerDay(scope: vscode.Uri): number {
  const value = vscode.workspace.getConfiguration('learningPlans', scope).get<number>('review.newCardsPerDay', 20);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : 20;
}

/**
 * Spaced review for the views: the cards of the index's plans (prepared when the index parsed them, so
 * nothing here reads or parses a plan), each workspace folder's review log (read once, then again only
 * when it changes), and the queue for today. `state` is a lazy getter; `onDidChange` fires when what the
 * views show (the due count, the next date, the counts) changed: after a plan or log change, a settings
 * change, or at midnight. A plan's key in card ids is its path relative to its workspace folder, with `/`,
 * which is what the CLI uses when the folder is the repository (or holds `.learning-plans`).
 */
export class ReviewService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ReviewState>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly logs = new Map<string, FolderLog>();
  /** Reads of a folder's log, so an older read finishing late never replaces a newer one. */
  private readonly reads = new Map<string, number>();
  private readonly latestRead = new Map<string, Promise<void>>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Models whose cards are being (or were) prepared here rather than by the index's parse. */
  private readonly preparing = new WeakSet<ParsedPlan>();
  private watchers: vscode.Disposable[] = [];
  private cached: ReviewState | undefined;
  private shownKey = '';
  private notifying = false;
  private loaded: Promise<void>;
  /** States computed so far (tests prove an idle workspace computes none). */
  computeCount = 0;

  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly index: PlanIndex,
    today: TodayService,
    private readonly clock: Clock,
  ) {
    this.disposables.push(
      index.onDidChange(() => this.invalidate()),
      // Today fires at midnight (its date is part of what it shows): a new day makes other cards due.
      today.onDidChange(() => {
        if (this.cached && this.cached.today !== localIsoDate(this.clock())) this.invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('learningPlans.review.newCardsPerDay')) this.invalidate();
        if (e.affectsConfiguration('learningPlans.maxFileSizeKB')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      // An open log with unsaved changes is read from its editor, as plans are; a closed one from disk again.
      vscode.workspace.onDidChangeTextDocument((e) => {
        const folder = this.folderOfLog(e.document.uri);
        if (folder && e.contentChanges.length) this.scheduleRead(folder);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const folder = this.folderOfLog(document.uri);
        if (folder) this.scheduleRead(folder);
      }),
    );
    // After activation returns (watchers and reads are round trips to the workbench).
    this.loaded = Promise.resolve().then(() => this.reload());
  }

  /** Resolves when every folder's log has been read once. */
  get ready(): Promise<void> {
    return this.loaded;
  }

  get state(): ReviewState {
    this.cached ??= this.compute();
    return this.cached;
  }

  /** The log entries a card's schedule replays (its folder's). */
  entriesFor(card: ReviewCard): readonly ReviewEntry[] {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(card.planUri));
    return (folder && this.logs.get(folder.uri.toString())?.entries) || [];
  }

  /** The card's plan as the tree titles it (its single H1, else its file name). */
  planTitleOf(card: ReviewCard): string {
    const plan = this.index.get(card.planUri);
    return plan ? planTitle(plan) : card.planTitle;
  }

  /** Recomputes now (after the clock moved, in tests) and tells the views if what they show changed. */
  refresh(): ReviewState {
    this.cached = undefined;
    this.notify();
    return this.state;
  }

  /**
   * Records a review: one line appended to the card's folder's log, dated today. Through the file-system
   * port (atomic, change-checked; the log and its `.gitattributes` created the first time), or, when the
   * log is open with unsaved changes, as an edit of that editor (undoable; it stays unsaved, as the
   * learner left it). The new line is read back before this resolves, so the next queue includes it.
   */
  async record(card: ReviewCard, grade: Grade): Promise<RecordResult> {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(card.planUri));
    if (!folder) return { ok: false, message: vscode.l10n.t('the card\'s plan is in no workspace folder') };
    const key = folder.uri.toString();
    const known = this.logs.get(key) ?? NO_LOG;
    if (known.unusable) return { ok: false, message: known.unusable };
    const today = localIsoDate(this.clock());
    const line = reviewLogLine(today, card, grade);
    const next = nextDueAfter(card, known.entries, today, grade);
    const uri = reviewLogUri(folder);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) {
      const write = appendToReviewLog(open.getText(), [line]);
      if (write.kind !== 'append' || !(await vscode.workspace.applyEdit(toWorkspaceEdit(uri, [write.edit])))) {
        return { ok: false, message: vscode.l10n.t('VS Code did not apply the edit') };
      }
    } else {
      const result = await appendReviewLines(new WorkspaceFileSystem(folder.uri), folder.uri.path, [line], maxFileBytes(folder.uri));
      if (!result.ok) return { ok: false, message: result.message };
    }
    log().info(`review logged in ${vscode.workspace.asRelativePath(uri)}: ${line}`);
    await this.read(folder);
    return { ok: true, line, next, log: uri };
  }

  dispose(): void {
    this.pending.forEach(clearTimeout);
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }

  private compute(): ReviewState {
    this.computeCount++;
    const today = localIsoDate(this.clock());
    const cardsByFolder = this.cardsByFolder();
    const folders: FolderReview[] = [];
    let nextDue: string | null = null;
    let reviewedToday = 0;
    let reviewedThisWeek = 0;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const key = folder.uri.toString();
      const folderLog = this.logs.get(key) ?? NO_LOG;
      const queue = reviewQueue(cardsByFolder.get(key) ?? [], folderLog.entries, today, { newPerDay: newPerDay(folder.uri) });
      folders.push({ folder, log: reviewLogUri(folder), entries: folderLog.entries, queue, unusable: folderLog.unusable });
      const next = nextReviewDate(queue);
      if (next && (!nextDue || next < nextDue)) nextDue = next;
      const counts = reviewCounts(folderLog.entries, today);
      reviewedToday += counts.today;
      reviewedThisWeek += counts.thisWeek;
    }
    return {
      today,
      due: folders.flatMap((f) => f.queue.due),
      cards: folders.reduce((n, f) => n + f.queue.schedules.size, 0),
      newWaiting: folders.reduce((n, f) => n + f.queue.newWaiting, 0),
      nextDue,
      reviewedToday,
      reviewedThisWeek,
      folders,
    };
  }

  /** Every plan's cards (prepared by the index's parse; cached per model and key), by workspace folder. */
  private cardsByFolder(): Map<string, ReviewCard[]> {
    const byFolder = new Map<string, ReviewCard[]>();
    for (const plan of this.index.all()) {
      const uri = vscode.Uri.parse(plan.uri);
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) continue;
      const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
      if (!uri.path.startsWith(base)) continue;
      const cards = preparedReviewCards(plan, uri.path.slice(base.length));
      if (!cards) this.prepareLater(plan);
      if (!cards?.length) continue;
      const key = folder.uri.toString();
      const list = byFolder.get(key);
      if (list) list.push(...cards);
      else byFolder.set(key, [...cards]);
    }
    return byFolder;
  }

  /**
   * A model the index took from its snapshot (a window reload) was never parsed in this session, so its
   * cards were not prepared: a plan with review material is read once more for them, then the state is
   * recomputed. Each model is tried once (a model whose file changed meanwhile is replaced by a parsed one).
   */
  private prepareLater(plan: ParsedPlan): void {
    if (this.preparing.has(plan)) return;
    this.preparing.add(plan);
    if (!hasReviewMaterial(plan)) {
      prepareReviewCards(plan, ''); // nothing to read: no card can come from this plan's text
      return;
    }
    void this.index.textOf(plan).then((text) => {
      if (text === undefined) return;
      prepareReviewCards(plan, text);
      this.invalidate();
    }, (error: unknown) => log().warn(`review cards of ${plan.uri} not read: ${errorMessage(error)}`));
  }

  /** Marks the state stale; at the end of the turn, fires once if what the views show changed. */
  private invalidate(): void {
    this.cached = undefined;
    if (this.notifying) return;
    this.notifying = true;
    setTimeout(() => {
      this.notifying = false;
      this.notify();
    }, 0);
  }

  private notify(): void {
    const state = this.state;
    const key = JSON.stringify([state.today, state.due.length, state.cards, state.newWaiting, state.nextDue, state.reviewedToday, state.reviewedThisWeek]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.emitter.fire(state);
  }

  /**
   * Reads every folder's log again and renews the watchers: at activation, when folders or the size limit
   * change, and whenever the log may have changed unseen (a file watcher may drop an event, as when a
   * folder is deleted right after the files in it).
   */
  async reload(): Promise<void> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    const current = new Set(folders.map((f) => f.uri.toString()));
    for (const key of [...this.logs.keys()]) if (!current.has(key)) this.logs.delete(key);
    for (const folder of folders) {
      // The folder too: deleting (or moving) `.learning-plans` with the log inside is often reported as the folder alone.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${LOG_SEGMENTS[0]},${REVIEW_LOG_PATH}}`));
      watcher.onDidCreate(() => this.scheduleRead(folder));
      watcher.onDidChange(() => this.scheduleRead(folder));
      watcher.onDidDelete(() => this.scheduleRead(folder));
      this.watchers.push(watcher);
    }
    await Promise.all(folders.map((folder) => this.read(folder)));
  }

  private folderOfLog(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    if (!uri.path.endsWith(`/${REVIEW_LOG_PATH}`)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && reviewLogUri(folder).toString() === uri.toString() ? folder : undefined;
  }

  private scheduleRead(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    const pending = this.pending.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      void this.read(folder);
    }, LOG_SETTLE_MS));
  }

  /**
   * Reads a folder's log (from its editor when that has unsaved changes) and updates the state. Resolves
   * once a read that started at or after this call has been applied: a newer read wins, and is waited for.
   */
  private read(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    const run = this.readAndApply(folder, key, ticket);
    this.latestRead.set(key, run);
    return run;
  }

  private async readAndApply(folder: vscode.WorkspaceFolder, key: string, ticket: number): Promise<void> {
    const folderLog = await readLog(folder).catch((error: unknown): FolderLog => ({ ...NO_LOG, unusable: errorMessage(error) }));
    if (this.reads.get(key) !== ticket) return this.latestRead.get(key);
    const before = this.logs.get(key);
    this.logs.set(key, folderLog);
    if (folderLog.problems && folderLog.problems !== before?.problems) {
      log().warn(`${vscode.workspace.asRelativePath(reviewLogUri(folder))}: ${folderLog.problems === 1 ? '1 line looks' : `${folderLog.problems} lines look`} like reviews but are not (a bad date, card id or grade); ignored`);
    }
    if (folderLog.unusable && folderLog.unusable !== before?.unusable) log().warn(`review log not used: ${folderLog.unusable}`);
    this.invalidate();
  }
}

async function readLog(folder: vscode.WorkspaceFolder): Promise<FolderLog> {
  const uri = reviewLogUri(folder);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return fromText(open.getText());
  const files = new WorkspaceFileSystem(folder.uri);
  // A cloned repository is untrusted: a `.learning-plans` that is a symbolic link could lead anywhere.
  const check = await checkPathBelow(files, folder.uri.path, LOG_SEGMENTS, 'file');
  if (!check.ok) return { ...NO_LOG, unusable: check.message };
  if (check.existing < LOG_SEGMENTS.length) return NO_LOG;
  try {
    return fromText(new TextDecoder('utf-8').decode(await files.readFile(uri.path, maxFileBytes(folder.uri))));
  } catch (error) {
    if (error instanceof FileError && error.problem === 'missing') return NO_LOG;
    if (error instanceof FileError) return { ...NO_LOG, unusable: error.message };
    throw error;
  }
}

function fromText(text: string): FolderLog {
  const parsed = parseReviewLog(text);
  return { entries: parsed.entries, problems: parsed.problems.length };
}
