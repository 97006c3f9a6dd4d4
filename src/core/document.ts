/**
 * The smallest document shape the core needs. A `vscode.TextDocument` satisfies it, and so does an
 * in-memory object in tests or a file read by the CLI.
 */
export interface PlanDocument {
  /** A stable key for the document: a URI string or a path. */
  readonly uri: string;
  /** Increases on every change; the parse cache is keyed by (uri, version). */
  readonly version: number;
  getText(): string;
}

export function inMemoryDocument(uri: string, text: string, version = 1): PlanDocument {
  return { uri, version, getText: () => text };
}

/** The file name without folders or the `.md` extension; the plan's title in the tree and the CLI. */
export function fileStem(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  const base = withoutQuery.slice(withoutQuery.search(/[^/\\]*$/));
  let decoded = base;
  try {
    decoded = decodeURIComponent(base);
  } catch {
    // A path with a bare `%` is not URI-encoded; show it as it is.
  }
  return decoded.replace(/\.(md|markdown)$/i, '');
}
