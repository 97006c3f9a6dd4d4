import * as vscode from 'vscode';
import { PlanCache, type ParsedPlan, type PlanDocument } from '../core';
import { log } from './log';
import { readIndexSettings, type IndexSettings } from './settings';

/** What changed: one plan's uri, or undefined when the set of plans may have changed. */
export interface PlanIndexChange {
  readonly uri: string | undefined;
}

const EDIT_DEBOUNCE_MS = 250;
/** Files read per batch during the initial scan, between which the extension host breathes. */
const SCAN_BATCH = 25;
/** Parsing runs in slices of about this many milliseconds, so a big workspace never blocks the host. */
const SLICE_MS = 15;

/** What reading a file gave: its text, or why it is not indexed. */
type DiskRead = { text: string } | { skipped: 'gone' | 'binary' } | { skipped: 'large'; size: number };

/**
 * The workspace's plans, kept current one file at a time. Open documents are read from the editor
 * (unsaved text included); other files from disk through `vscode.workspace.fs`, so the web build
 * works. Every parse goes through one `PlanCache`, keyed by uri and version.
 */
export class PlanIndex implements vscode.Disposable {
  private readonly cache = new PlanCache();
  private readonly plans = new Map<string, ParsedPlan>();
  private readonly emitter = new vscode.EventEmitter<PlanIndexChange>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private watchers: vscode.Disposable[] = [];
  private settings = new Map<string, IndexSettings>();
  private diskVersion = 0;
  private scan: Promise<void> = Promise.resolve();
  /** Files skipped for their size; the user is told once per session, with every skip in the log. */
  private readonly tooLarge = new Set<string>();
  private toldAboutLargeFiles = false;

  readonly onDidChange = this.emitter.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleDocument(e.document)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.scheduleDocument(doc)),
      // A closed editor may have dropped unsaved changes: the file on disk is the truth again.
      vscode.workspace.onDidCloseTextDocument((doc) => void this.refreshFromDisk(doc.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['learningPlans.include', 'learningPlans.exclude', 'learningPlans.maxFileSizeKB', 'files.exclude'].some((key) => e.affectsConfiguration(key))) {
          this.rescan();
        }
      }),
    );
  }

  /** Resolves when the current scan of the workspace has finished. */
  get ready(): Promise<void> {
    return this.scan;
  }

  /** Plans in a stable order: by workspace folder, then path. */
  all(): ParsedPlan[] {
    return [...this.plans.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  get(uri: vscode.Uri | string): ParsedPlan | undefined {
    return this.plans.get(uri.toString());
  }

  /** Starts a full scan in the background; activation never waits for it. */
  rescan(): Promise<void> {
    this.scan = this.scan.then(() => this.scanWorkspace()).catch((error) => log().error('scanning the workspace failed:', error));
    return this.scan;
  }

  /** Parses an open document now (skipping the debounce); used before edits and by tests. */
  refreshDocument(document: vscode.TextDocument): ParsedPlan | undefined {
    if (!this.isCandidate(document.uri)) return undefined;
    this.cancelPending(document.uri.toString());
    // Length in UTF-16 units approximates bytes well enough for a size guard, without encoding the text.
    const size = document.getText().length;
    if (size > this.maxBytes(document.uri)) {
      this.skipLarge(document.uri, size, true);
      return undefined;
    }
    this.tooLarge.delete(document.uri.toString());
    return this.store(document.uri, this.cache.get(asPlanDocument(document)));
  }

  /** Debounced re-parses not run yet (tests wait for 0 before they finish). */
  get pendingWork(): number {
    return this.pendingEdits.size;
  }

  /** Files skipped because they exceed `learningPlans.maxFileSizeKB` (for tests and the log). */
  get skippedLargeFiles(): readonly string[] {
    return [...this.tooLarge];
  }

  dispose(): void {
    this.pendingEdits.forEach(clearTimeout);
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
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
        const before = this.plans.size;
        const batch = files.slice(i, i + SCAN_BATCH);
        // Read a batch at once (I/O overlaps), then parse file by file, yielding between time slices.
        const reads = await Promise.all(batch.map((uri) => this.readForIndex(uri)));
        for (let j = 0; j < batch.length; j++) {
          found.add(batch[j].toString());
          this.apply(batch[j], reads[j], false);
          if (performance.now() - slice > SLICE_MS) {
            await yieldToHost();
            slice = performance.now();
          }
        }
        // Show plans as they are found: the tree's first level fills in before the scan ends.
        if (this.plans.size !== before) this.emitter.fire({ uri: undefined });
        await yieldToHost();
        slice = performance.now();
      }
    }
    for (const uri of [...this.plans.keys()]) {
      if (!found.has(uri)) this.forget(uri, false);
    }
    this.emitter.fire({ uri: undefined });
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
    if (settings.excludeSet.matches(vscode.workspace.asRelativePath(uri, false))) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return; // gone again
    }
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, settings.include), settings.excludeGlob);
    await Promise.all(files.map((file) => this.refreshFromDisk(file)));
  }

  /** Forgets a deleted file, or every plan below a deleted folder. */
  private forgetTree(uri: vscode.Uri): void {
    const key = uri.toString();
    const below = key.endsWith('/') ? key : key + '/';
    for (const plan of [...this.plans.keys()]) {
      if (plan === key || plan.startsWith(below)) this.forget(plan, true);
    }
    this.cache.delete(key);
  }

  private scheduleDocument(document: vscode.TextDocument): void {
    if (!this.isCandidate(document.uri)) return;
    const key = document.uri.toString();
    this.cancelPending(key);
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        if (!document.isClosed) this.refreshDocument(document);
      }, EDIT_DEBOUNCE_MS),
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
  private async refreshFromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    if (!this.isCandidate(uri)) return;
    this.apply(uri, await this.readForIndex(uri), notify);
  }

  private async readForIndex(uri: vscode.Uri): Promise<DiskRead | undefined> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return undefined; // the editor's text wins
    try {
      // Ask the size first: a huge file is never read at all.
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > this.maxBytes(uri)) return { skipped: 'large', size };
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary' }; // binary content named .md is not a plan
      return { text: new TextDecoder('utf-8').decode(bytes) }; // invalid bytes become U+FFFD; edits go through VS Code's own decoding
    } catch {
      return { skipped: 'gone' }; // deleted or unreadable since it was found
    }
  }

  private apply(uri: vscode.Uri, read: DiskRead | undefined, notify: boolean): void {
    const key = uri.toString();
    if (read === undefined) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (open) this.refreshDocument(open);
      return;
    }
    if ('skipped' in read) {
      if (read.skipped === 'large') this.skipLarge(uri, read.size, notify);
      else this.forget(key, notify);
      return;
    }
    this.tooLarge.delete(key);
    // Disk versions count down from -1 so they never collide with an editor's versions.
    const version = --this.diskVersion;
    this.store(uri, this.cache.get({ uri: key, version, getText: () => read.text }), notify);
  }

  private maxBytes(uri: vscode.Uri): number {
    const kb = vscode.workspace.getConfiguration('learningPlans', uri).get<number>('maxFileSizeKB', 5120);
    return (Number.isFinite(kb) && kb > 0 ? kb : 5120) * 1024;
  }

  /** Leaves a file out of the index for its size: logged every time, told to the user once per session. */
  private skipLarge(uri: vscode.Uri, size: number, notify: boolean): void {
    const key = uri.toString();
    this.forget(key, notify);
    if (this.tooLarge.has(key)) return;
    this.tooLarge.add(key);
    const path = vscode.workspace.asRelativePath(uri);
    log().warn(`skipped ${path}: ${Math.round(size / 1024)} KB is over learningPlans.maxFileSizeKB`);
    if (this.toldAboutLargeFiles) return;
    this.toldAboutLargeFiles = true;
    const settings = vscode.l10n.t('Open Settings');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Learning Plans: {0} is not indexed: at {1} KB it is over the size limit (learningPlans.maxFileSizeKB). Other large files are listed in the log.', path, Math.round(size / 1024)), settings)
      .then((choice) => choice === settings && vscode.commands.executeCommand('workbench.action.openSettings', 'learningPlans.maxFileSizeKB'));
  }

  private store(uri: vscode.Uri, plan: ParsedPlan, notify = true): ParsedPlan | undefined {
    const key = uri.toString();
    const had = this.plans.has(key);
    if (plan.isPlan) {
      this.plans.set(key, plan);
    } else {
      this.plans.delete(key);
    }
    if (notify && (had || plan.isPlan)) {
      // A plan that appeared or vanished changes the root; otherwise only that plan changed.
      this.emitter.fire({ uri: had === plan.isPlan ? key : undefined });
    }
    return plan.isPlan ? plan : undefined;
  }

  private forget(key: string, notify: boolean): void {
    this.cache.delete(key);
    if (this.plans.delete(key) && notify) this.emitter.fire({ uri: undefined });
  }

  /** In a workspace folder, matching include and not matching exclude. */
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

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
