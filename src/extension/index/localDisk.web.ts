/** The web-worker host has no local disk: the index reads through `workspace.fs` (see localDisk.ts). */
import type { IndexDisk } from './indexDisk';

export const localDisk: IndexDisk | undefined = undefined;
