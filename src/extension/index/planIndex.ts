import * as vscode from 'vscode';
import { PlanStore, type ParsedPlan, type PlanChanges, type PlanDocument } from '../../core';
import { log } from '../log';
import { readIndexSettings, type IndexSettings } from '../settings';
import { readForIndex, type DiskRead } from './diskReader';
import { TooLargeNotice } from './tooLargeNotice';

/** What changed in one flush: each plan once, whatever reported it. */
export interface PlanIndexChange extends PlanChanges {
  /** Every plan touched: changed, added or removed. */
  readonly uris: readonly string[];
  /** Plans were added or removed: the list of plans changed, not only their contents. */
  readonly listChanged: boolean;
}

const TYPING_DEBOUNCE_MS = 250;
/** Files read per batch during a scan, between which the extension host breathes. */
const SCAN_BATCH = 25;
/** Parsing runs in slices of about this many milliseconds, so a big workspace never blocks the host. */
const SLICE_MS = 15;

/**
 * The workspace's plans for the views: a VS Code adapter over the core's `PlanStore`. Open documents
 * are read from the editor (unsaved text included), other files from disk through `workspace.fs` (so
 * the web build works). `planFor` is a silent getter; `onDidChange` fires once per real change,
 * carrying the plans that changed, however many sources (typing, save, the file watcher) report it.
 */
export class PlanIndex implements vscode.Disposable {
  private readonly store = new PlanStore();
  private readonly emitter = new vscode.EventEmitter<PlanIndexChange>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tooLarge: TooLargeNotice;
  private watchers: vscode.Disposable[] = [];
  private settings = new Map<string, IndexSettings>();
  private diskVersion = 0;
  private scan: Promise<void> = Promise.resolve();
  /** Change events fired so far (tests count them to prove an idle plan fires none). */
  changeEvents = 0;

  readonly onDidChange = this.emitter.event;

  /** `globalState` remembers the one-time notices the user turned off. */
  constructor(globalState?: vscode.Memento) {
    this.tooLarge = new TooLargeNotice(globalState);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        // Undo and redo are shown at once (the CodeLens must not say "Mark incomplete" for a second);
        // typing is debounced.
        const now = e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo;
        if (now) this.update(e.document);
        else this.scheduleDocument(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.scheduleDocument(doc)),
      // A closed editor may have dropped unsaved changes: the file on disk is the truth again.
      vscode.workspace.onDidCloseTextDocument((doc) => void this.refreshFromDisk(doc.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const keys = ['learningPlans.include', 'learningPlans.exclude', 'learningPlans.maxFileSizeKB', 'learningPlans.labs.folder', 'learningPlans.labs.indexLabs', 'files.exclude'];
        if (keys.some((key) => e.affectsConfiguration(key))) this.rescan();
      }),
    );
  }

  /** Resolves when the current scan of the workspace has finished. */
  get ready(): Promise<void> {
    return this.scan;
  }

  /** Plans in a stable order (by uri). */
  all(): readonly ParsedPlan[] {
    return this.store.all();
  }

  get(uri: vscode.Uri | string): ParsedPlan | undefined {
    return this.store.get(uri.toString());
  }

  /** How many parses ran (tests prove that idling, saving and watching parse nothing again). */
  get parseCount(): number {
    return this.store.parseCount;
  }

  /**
   * The model of a document as it is now, plan or not: silent (never fires, never changes what the views
   * show), parsed at most once per document version. Commands and CodeLenses read through this.
   */
  planFor(document: vscode.TextDocument): ParsedPlan {
    return this.store.planFor(asPlanDocument(document));
  }

  /** The model of a file's text read from disk (silent, like `planFor`). */
  planForText(uri: vscode.Uri, text: string): ParsedPlan {
    return this.store.planFor({ uri: uri.toString(), version: --this.diskVersion, getText: () => text });
  }

  /** Takes a file's text just written to disk (by a byte edit) now, rather than when the watcher reports it. */
  updateText(uri: vscode.Uri, text: string): void {
    if (!this.isCandidate(uri)) return;
    this.store.update({ uri: uri.toString(), version: --this.diskVersion, getText: () => text });
    this.flush();
  }

  /** Takes a document's current text now (after an edit, an undo), and tells the views if its plan changed. */
  update(document: vscode.TextDocument): ParsedPlan | undefined {
    if (!this.isCandidate(document.uri)) return undefined;
    const key = document.uri.toString();
    this.cancelPending(key);
    // Length in UTF-16 units approximates bytes well enough for a size guard, without encoding the text.
    const size = document.getText().length;
    if (size > this.maxBytes(document.uri)) {
      this.skipLarge(document.uri, size);
      this.flush();
      return undefined;
    }
    this.tooLarge.forget(key);
    const plan = this.store.update(asPlanDocument(document));
    this.flush();
    return plan;
  }

  /** Starts a full scan in the background; activation never waits for it. */
  rescan(): Promise<void> {
    this.scan = this.scan.then(() => this.scanWorkspace()).catch((error) => log().error('scanning the workspace failed:', error));
    return this.scan;
  }

  /** Debounced re-parses not run yet (tests wait for 0 before they finish). */
  get pendingWork(): number {
    return this.pendingEdits.size;
  }

  /** Files skipped because they exceed `learningPlans.maxFileSizeKB` (for tests and the log). */
  get skippedLargeFiles(): readonly string[] {
    return this.tooLarge.files;
  }

  dispose(): void {
    this.pendingEdits.forEach(clearTimeout);
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }

  /** Fires what the store collected, once. */
  private flush(): void {
    const changes = this.store.takeChanges();
    if (!changes) return;
    this.changeEvents++;
    this.emitter.fire({
      ...changes,
      uris: [...changes.changed, ...changes.added, ...changes.removed],
      listChanged: changes.added.length + changes.removed.length > 0,
    });
  }

  private async scanWorkspace(): Promise<void> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.settings = new Map();
    const found = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readIndexSettings(folder);
      this.settings.set(folder.uri.toString(), settings);
      this.watch(folder, settings);
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, settings.include), settings.excludeGlob);
      let slice = performance.now();
      for (let i = 0; i < files.length; i += SCAN_BATCH) {
        const batch = files.slice(i, i + SCAN_BATCH);
        const open = openDocuments();
        // Read a batch at once (I/O overlaps), then parse file by file, yielding between time slices.
        const reads = await Promise.all(batch.map((uri) => (open.has(uri.toString()) ? undefined : readForIndex(uri, this.maxBytes(uri)))));
        for (let j = 0; j < batch.length; j++) {
          found.add(batch[j].toString());
          this.apply(batch[j], reads[j]);
          if (performance.now() - slice > SLICE_MS) {
            await yieldToHost();
            slice = performance.now();
          }
        }
        // Show plans as they are found: the tree's first level fills in before the scan ends.
        this.flush();
        await yieldToHost();
        slice = performance.now();
      }
    }
    for (const uri of this.store.knownUris()) {
      if (!found.has(uri)) this.forget(uri);
    }
    this.flush();
  }

  /**
   * One watcher per folder for everything: a folder created or deleted with its files inside is often
   * reported as the folder alone, so folders are scanned or forgotten as a whole.
   */
  private watch(folder: vscode.WorkspaceFolder, settings: IndexSettings): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'));
    watcher.onDidCreate((uri) => void (this.isCandidate(uri) ? this.refreshFromDisk(uri) : this.scanCreatedFolder(settings, uri)));
    watcher.onDidChange((uri) => void this.refreshFromDisk(uri));
    watcher.onDidDelete((uri) => this.forgetTree(uri));
    this.watchers.push(watcher);
  }

  private async scanCreatedFolder(settings: IndexSettings, uri: vscode.Uri): Promise<void> {
    // A created file with another extension (`image.png`, `main.ts`) is not a folder to scan: no stat.
    if (/\.[A-Za-z0-9]{1,8}$/.test(uri.path) && !/\.(md|markdown)$/i.test(uri.path)) return;
    if (settings.excludeSet.matches(vscode.workspace.asRelativePath(uri, false))) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return; // gone again
    }
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, settings.include), settings.excludeGlob);
    for (const file of files) await this.refreshFromDisk(file);
  }

  /** Forgets a deleted file, or every plan below a deleted folder. */
  private forgetTree(uri: vscode.Uri): void {
    const key = uri.toString();
    const below = key.endsWith('/') ? key : key + '/';
    for (const known of this.store.knownUris()) {
      if (known === key || known.startsWith(below)) this.forget(known);
    }
    this.flush();
  }

  private scheduleDocument(document: vscode.TextDocument): void {
    if (!this.isCandidate(document.uri)) return;
    const key = document.uri.toString();
    this.cancelPending(key);
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        if (!document.isClosed) this.update(document);
      }, TYPING_DEBOUNCE_MS),
    );
  }

  private cancelPending(key: string): void {
    const pending = this.pendingEdits.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
      this.pendingEdits.delete(key);
    }
  }

  /** Reads a file from disk, unless it is open in an editor (whose text may be newer). */
  private async refreshFromDisk(uri: vscode.Uri): Promise<void> {
    if (!this.isCandidate(uri)) return;
    const open = openDocuments().has(uri.toString());
    this.apply(uri, open ? undefined : await readForIndex(uri, this.maxBytes(uri)));
    this.flush();
  }

  private apply(uri: vscode.Uri, read: DiskRead | undefined): void {
    const key = uri.toString();
    if (read === undefined) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document) this.store.update(asPlanDocument(document));
      return;
    }
    if ('skipped' in read) {
      if (read.skipped === 'large') this.skipLarge(uri, read.size);
      else this.forget(key);
      if (read.skipped === 'special') log().info(`skipped ${vscode.workspace.asRelativePath(uri)}: not a regular file (a link, a FIFO or a device is never read)`);
      return;
    }
    this.tooLarge.forget(key);
    // Disk versions count down from -1 so they never collide with an editor's versions.
    const version = --this.diskVersion;
    this.store.update({ uri: key, version, getText: () => read.text });
  }

  private forget(key: string): void {
    this.store.delete(key);
  }

  private maxBytes(uri: vscode.Uri): number {
    const kb = vscode.workspace.getConfiguration('learningPlans', uri).get<number>('maxFileSizeKB', 5120);
    return (Number.isFinite(kb) && kb > 0 ? kb : 5120) * 1024;
  }

  private skipLarge(uri: vscode.Uri, size: number): void {
    this.forget(uri.toString());
    this.tooLarge.skipped(uri, size);
  }

  /** In a workspace folder, matching include and not matching exclude (nor the labs folder). */
  private isCandidate(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const settings = this.settings.get(folder.uri.toString()) ?? readIndexSettings(folder);
    const relative = vscode.workspace.asRelativePath(uri, false);
    return settings.includeSet.matchesExactly(relative) && !settings.excludeSet.matches(relative);
  }
}

function asPlanDocument(document: vscode.TextDocument): PlanDocument {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}

function openDocuments(): Set<string> {
  return new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
