/** The web-worker host has no local disk to ask: writability comes from `workspace.fs.stat` (see localAccess.ts). */
export const localAccess: ((fsPath: string) => Promise<boolean>) | undefined = undefined;

/** No local disk: a symbolic link's target cannot be known (see localAccess.ts). */
export const localRealPath: ((fsPath: string) => Promise<string | null>) | undefined = undefined;
