import * as vscode from 'vscode';
import { textFingerprint, type ParsedPlan, type PlanChanges } from '../../core';
import { createPlanStore } from './planStoreWithCards';
import { log } from '../log';
import { watchFolder } from './indexWatcher';
import { FolderWatchers } from './folderWatchers';
import { watchEditors } from './editorEvents';
import { readForIndex } from './diskReader';
import { DiskSnapshot } from './diskSnapshot';
import { openDocuments, typedDocument } from './openDocuments';
import { currentText } from './currentText';
import type { SnapshotStorage } from './snapshotStorage';
import type { Ask } from '../ask';
import { TooLargeNotice } from './tooLargeNotice';
import { TypingChanges } from './typingChanges';
import { KeyedTimers } from './keyedTimers';
import { RecentDeletes } from './recentDeletes';
import { SteppedParses } from './steppedParses';
import { ReadApplier } from './readApplier';
import { describeScan, type ScanReport } from './scanReport';
import { scanFolders } from './workspaceScan';
import { IndexScope } from './indexScope';
import { maxFileBytes } from '../settings';

export type { ScanReport } from './scanReport';

/** What changed in one flush: each plan once, whatever reported it. */
export interface PlanIndexChange extends PlanChanges {
  /** Every plan touched: changed, added or removed. */
  readonly uris: readonly string[];
  /** Plans were added or removed: the list of plans changed, not only their contents. */
  readonly listChanged: boolean;
}

const TYPING_DEBOUNCE_MS = 250;
/** File watcher events for one file are read this long after the last one (writes settle first). */
const DISK_SETTLE_MS = 100;

/**
 * The workspace's plans for the views: a VS Code adapter over the core's `PlanStore`. Open documents
 * are read from the editor (unsaved text included), other files from disk through `workspace.fs` (so
 * the web build works). `planFor` is a silent getter; `onDidChange` fires once per real change,
 * carrying the plans that changed, however many sources (typing, save, the file watcher) report it.
 */
export class PlanIndex implements vscode.Disposable {
  private readonly store = createPlanStore();
  private readonly typing = new TypingChanges();
  private readonly emitter = new vscode.EventEmitter<PlanIndexChange>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Debounced work: typing (by document uri) and watcher reports (by `disk:` + uri). */
  private readonly pending = new KeyedTimers();
  private readonly tooLarge: TooLargeNotice;
  /** Kept across scans: a watcher started anew misses what happens before it is running (folderWatchers.ts). */
  private readonly watchers = new FolderWatchers<vscode.WorkspaceFolder, vscode.Disposable>((folder) => folder.uri.toString(), (folder) => this.watch(folder));
  private readonly scope = new IndexScope();
  private diskVersion = 0;
  private scan: Promise<void> = Promise.resolve();
  /** Files the watcher or an editor reported while a scan runs: the scan's older reads of them are dropped. */
  private touched: Set<string> | undefined;
  /** A disk read that a delete of its file overtook is read again, not applied (it held the file as it was). */
  private readonly deletes = new RecentDeletes();
  private readonly disk: DiskSnapshot;
  /** Long texts read from disk being parsed in steps. */
  private readonly stepped = new SteppedParses((what, error) => log().error(`${what} failed:`, error));
  private readonly reads: ReadApplier;
  /** Change events fired so far (tests count them to prove an idle plan fires none). */
  changeEvents = 0;
  /** The last full scan's figures. */
  lastScan: ScanReport | undefined;

  readonly onDidChange = this.emitter.event;

  /**
   * `globalState` remembers the one-time notices the user turned off; `storage` keeps the snapshot that lets a
   * window reload show the plans without reading and parsing every file again; `version` is the extension's
   * (a snapshot of another version is thrown away); `ask` shows its notices.
   */
  constructor(globalState?: vscode.Memento, storage?: SnapshotStorage, version = '', ask?: Ask) {
    this.tooLarge = new TooLargeNotice(globalState, ask);
    this.disk = new DiskSnapshot(storage, version, (uri) => this.store.entryOf(uri));
    this.reads = new ReadApplier({
      store: this.store,
      typing: this.typing,
      stepped: this.stepped,
      disk: this.disk,
      tooLarge: this.tooLarge,
      // Disk versions count down from -1 so they never collide with an editor's versions.
      nextDiskVersion: () => --this.diskVersion,
      skipLarge: (uri, size) => this.skipLarge(uri, size),
      forget: (key) => this.forget(key),
      flush: () => this.flush(),
    });
    this.disposables.push(...watchEditors({
      edited: (e, now) => {
        this.typing.record(e);
        if (now) this.update(e.document);
        else this.scheduleDocument(e.document);
      },
      opened: (document) => {
        this.forgetVersions(document.uri.toString());
        this.scheduleDocument(document);
      },
      saved: (document) => {
        // The text typed in is the file's now: take it (a keystroke may still wait for the debounce), then let go
        // of the copy kept to compare the next keystroke with.
        if (!this.scope.isCandidate(document.uri)) return;
        this.update(document);
        this.store.settle(document.uri.toString());
        this.typing.settle(document.uri.toString());
      },
      closed: (document) => {
        this.forgetVersions(document.uri.toString());
        this.stepped.editorClosed(this.store.get(document.uri.toString()), document.uri.toString());
        void this.refreshFromDisk(document.uri);
      },
      rescan: () => void this.rescan(),
    }));
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

  /**
   * The text `plan` was parsed from, read again (from its editor, else from disk), or undefined when the
   * index holds another model of the file by then or the text is no longer the one the model was made
   * from (a new model is then on its way). For models taken from the snapshot, which this session never
   * parsed: their review cards need the text.
   */
  async textOf(plan: ParsedPlan): Promise<string | undefined> {
    if (this.store.entryOf(plan.uri)?.plan !== plan) return undefined;
    const uri = vscode.Uri.parse(plan.uri);
    const text = await currentText(uri, this.maxBytes(uri));
    if (text === undefined) return undefined;
    const now = this.store.entryOf(plan.uri);
    return now?.plan === plan && now.fingerprint === textFingerprint(text) ? text : undefined;
  }

  /** Whether the index holds a file's text (a document typed in, not saved since): tests prove a save lets it go. */
  holdsText(uri: vscode.Uri): boolean {
    return this.store.holdsText(uri.toString()) || this.typing.holdsText(uri.toString());
  }

  /** Files a scan took from the snapshot or the store without reading them (tests: a reload parses only changes). */
  get reusedCount(): number {
    return this.reads.reusedCount;
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
    return this.store.planFor(typedDocument(document, this.typing), this.typing.of(document));
  }

  /** The model of a file's text read from disk (silent, like `planFor`). */
  planForText(uri: vscode.Uri, text: string): ParsedPlan {
    return this.store.planFor({ uri: uri.toString(), version: --this.diskVersion, getText: () => text });
  }

  /** Takes a file's text just written to disk (by a byte edit) now, rather than when the watcher reports it. */
  updateText(uri: vscode.Uri, text: string): void {
    if (!this.scope.isCandidate(uri)) return;
    this.typing.forget(uri.toString());
    this.touched?.add(uri.toString());
    this.stepped.supersede(uri.toString());
    this.stepped.stopTyping(uri.toString());
    this.store.update({ uri: uri.toString(), version: --this.diskVersion, getText: () => text });
    this.flush();
  }

  /** Takes a document's current text now (after an edit, an undo), and tells the views if its plan changed. */
  update(document: vscode.TextDocument): ParsedPlan | undefined {
    if (!this.scope.isCandidate(document.uri)) return undefined;
    const key = document.uri.toString();
    this.pending.cancel(key);
    this.stepped.supersede(key);
    this.touched?.add(key);
    // Length in UTF-16 units approximates bytes well enough for a size guard, without encoding the text.
    // The same text is parsed next (the document read takes it once).
    const planDocument = typedDocument(document, this.typing);
    const size = planDocument.getText().length;
    if (size > this.maxBytes(document.uri)) {
      this.skipLarge(document.uri, size);
      this.flush();
      return undefined;
    }
    this.tooLarge.forget(key);
    const plan = this.store.update(planDocument, this.typing.of(document));
    this.typing.took(document, plan ? planDocument.taken : null);
    this.flush();
    this.stepped.prepareForTyping(plan, planDocument);
    return plan;
  }

  /**
   * Forgets a file the index holds if it is not on disk (an edit found it gone: the watcher may never report a
   * delete, see PlanEditor.apply); a file there again, or open in an editor, is kept.
   */
  async forgetIfMissing(uri: vscode.Uri): Promise<void> {
    if (openDocuments().has(uri.toString())) return;
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) this.forgetTree(uri);
  }

  /** Starts a full scan in the background; activation never waits for it. */
  rescan(): Promise<void> {
    this.scan = this.scan.then(() => this.scanWorkspace()).catch((error) => log().error('scanning the workspace failed:', error));
    return this.scan;
  }

  /** Parses of texts that went on in steps (tests prove a long plan read from disk is parsed so). */
  get steppedParseCount(): number {
    return this.stepped.queued;
  }

  /** Debounced re-parses not run yet, and parses in steps running (tests wait for 0 before they finish). */
  get pendingWork(): number {
    return this.pending.size + this.stepped.size;
  }

  /** Files skipped because they exceed `learningPlans.maxFileSizeKB` (for tests and the log). */
  get skippedLargeFiles(): readonly string[] {
    return this.tooLarge.files;
  }

  /** Writes the snapshot now (after a scan; tests). */
  saveSnapshot(): Promise<void> {
    return this.disk.save();
  }

  dispose(): void {
    this.disk.dispose();
    this.pending.dispose();
    this.stepped.dispose();
    this.watchers.dispose();
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
    this.scope.reset();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ folder, settings: this.scope.read(folder) }));
    this.watchers.watchOnly(folders.map(({ folder }) => folder));
    const touched = (this.touched = new Set());
    try {
      this.lastScan = await scanFolders(folders, touched, {
        disk: this.disk,
        maxBytes: (uri) => this.maxBytes(uri),
        apply: (uri, read, snapshot) => this.reads.apply(uri, read, snapshot),
        flush: () => this.flush(),
        forget: (key) => this.forget(key),
        plans: () => this.store.size,
        knownUris: () => this.store.knownUris(),
        work: () => ({ parsed: this.parseCount, reused: this.reusedCount }),
      });
    } finally {
      this.touched = undefined;
    }
    log().info(describeScan(this.lastScan));
  }

  /** Starts watching a workspace folder for the index. */
  private watch(folder: vscode.WorkspaceFolder): vscode.Disposable {
    return watchFolder(folder, () => this.scope.settingsOf(folder), {
      isCandidate: (uri) => this.scope.isCandidate(uri),
      changed: (uri) => this.scheduleDisk(uri),
      gone: (uri) => this.forgetTree(uri),
      read: (uri) => this.refreshFromDisk(uri),
    });
  }

  /** Forgets a deleted file, or every plan below a deleted folder. */
  private forgetTree(uri: vscode.Uri): void {
    const key = uri.toString();
    const below = key.endsWith('/') ? key : key + '/';
    this.deletes.deleted(key);
    this.touched?.add(key);
    this.stepped.supersedeTree(key);
    // Work scheduled before the delete (a debounced parse of a document VS Code has not disposed yet, a disk
    // read) would bring the plan back: it is superseded.
    this.pending.cancel(key);
    this.pending.cancel(`disk:${key}`);
    for (const known of this.store.knownUris()) {
      if (known !== key && !known.startsWith(below)) continue;
      this.touched?.add(known);
      this.pending.cancel(known);
      this.pending.cancel(`disk:${known}`);
      this.forget(known);
    }
    this.flush();
  }

  private scheduleDocument(document: vscode.TextDocument): void {
    if (!this.scope.isCandidate(document.uri)) return;
    this.pending.schedule(document.uri.toString(), TYPING_DEBOUNCE_MS, () => {
      if (!document.isClosed) this.update(document);
    });
  }

  /**
   * A file changed on disk: read it once the writes settle. A writer truncates, then writes; a read in
   * between sees a partial (or empty) file, which must not make a plan vanish for a moment.
   */
  private scheduleDisk(uri: vscode.Uri): void {
    if (!this.scope.isCandidate(uri)) return;
    this.pending.schedule(`disk:${uri.toString()}`, DISK_SETTLE_MS, () => void this.refreshFromDisk(uri));
  }

  /** Reads a file from disk, unless it is open in an editor (whose text may be newer). */
  private async refreshFromDisk(uri: vscode.Uri): Promise<void> {
    if (!this.scope.isCandidate(uri)) return;
    const open = openDocuments().has(uri.toString());
    const mark = this.deletes.now();
    const read = open ? undefined : await readForIndex(uri, this.maxBytes(uri));
    // Its delete reported while the file was read: these bytes may be the deleted file's. Read again, after it.
    if (this.deletes.since(uri.toString(), mark)) return this.scheduleDisk(uri);
    this.touched?.add(uri.toString());
    // A long text parsed in steps shows itself when parsed: the watcher's next read does not wait for it.
    this.reads.apply(uri, read)?.catch((error: unknown) => log().error(`parsing ${vscode.workspace.asRelativePath(uri)} failed:`, error));
    this.flush();
  }

  /** An editor opened or closed the file: versions start again, and edits are counted from scratch. */
  private forgetVersions(key: string): void {
    this.store.dropCachedModel(key);
    this.typing.forget(key);
  }

  private forget(key: string): void {
    this.stepped.supersede(key);
    this.stepped.stopTyping(key);
    this.typing.forget(key);
    this.store.delete(key);
    this.disk.drop(key);
  }

  /** The largest file the index reads (learningPlans.maxFileSizeKB); the byte path edits nothing larger. */
  maxBytes(uri: vscode.Uri): number {
    return maxFileBytes(uri);
  }

  private skipLarge(uri: vscode.Uri, size: number): void {
    this.forget(uri.toString());
    this.tooLarge.skipped(uri, size);
  }
}
