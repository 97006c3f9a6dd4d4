/**
 * One file watcher per workspace folder, kept from one scan to the next.
 *
 * Why kept: a rescan (a settings change, a folder added, the Rescan command) used to dispose every watcher and make
 * new ones. A new watcher starts in VS Code's file-watching service some time later, and a file deleted in between
 * was never reported, so its plan stayed in the index for good. (A CI run saw it: a plan deleted right after a
 * rescan was still Today's plan 30 s later.) Now a folder's watcher lives as long as the folder is in the workspace.
 * What a watcher decides by (the include and exclude settings) is read when an event comes, so a kept watcher follows
 * the settings of the latest scan.
 */
export class FolderWatchers<F, W extends { dispose(): void }> {
  private readonly byFolder = new Map<string, W>();

  constructor(
    private readonly keyOf: (folder: F) => string,
    private readonly watch: (folder: F) => W,
  ) {}

  /** Watches exactly these folders: keeps the watchers of folders still there (by key), starts ones for new folders, stops the rest. */
  watchOnly(folders: readonly F[]): void {
    const wanted = new Map(folders.map((folder) => [this.keyOf(folder), folder]));
    for (const [key, watcher] of this.byFolder) {
      if (wanted.has(key)) continue;
      watcher.dispose();
      this.byFolder.delete(key);
    }
    for (const [key, folder] of wanted) if (!this.byFolder.has(key)) this.byFolder.set(key, this.watch(folder));
  }

  get size(): number {
    return this.byFolder.size;
  }

  dispose(): void {
    for (const watcher of this.byFolder.values()) watcher.dispose();
    this.byFolder.clear();
  }
}
