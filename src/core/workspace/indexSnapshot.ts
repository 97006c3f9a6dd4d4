/**
 * The index's snapshot: what a window reload needs to show the plans without reading and parsing every file
 * again. A cache, never the truth: an entry is used only while its file's size and modification time are
 * the ones it was read at; a snapshot of another extension version, or one that does not read back, is
 * thrown away whole.
 */
import type { ParsedPlan, PlanNode } from '../model';

export interface SnapshotEntry {
  readonly size: number;
  readonly mtime: number;
  /** The text's fingerprint (see fingerprint.ts), so an equal text later is still no change. */
  readonly fingerprint: string;
  /** The model when the file is a plan; null for a file that is not one. */
  readonly plan: ParsedPlan | null;
}

/** The first line of a snapshot; each further line is one entry, `[uri, entry]`. */
interface SnapshotHeader {
  readonly format: 'learning-plans-index';
  /** The extension version that wrote it: a parser that changed reads files anew. */
  readonly version: string;
}

/** Entries encoded or decoded between two yields of the step functions (a few milliseconds' work). */
const STEP = 250;

/**
 * The snapshot's text, one line per entry, yielding every few hundred entries so that the extension can let
 * its host breathe between steps (a 20,000-note vault's snapshot takes ~50 ms to write in one go).
 * `days` points into the tree: it is left out of the file and collected again, so a day is one object.
 */
export function* encodeSnapshotInSteps(version: string, entries: ReadonlyMap<string, SnapshotEntry>): Generator<void, string> {
  const header: SnapshotHeader = { format: 'learning-plans-index', version };
  const lines = [JSON.stringify(header)];
  for (const [uri, entry] of entries) {
    lines.push(JSON.stringify([uri, entry.plan ? { ...entry, plan: { ...entry.plan, days: undefined } } : entry]));
    if (lines.length % STEP === 0) yield;
  }
  return lines.join('\n');
}

export function encodeSnapshot(version: string, entries: ReadonlyMap<string, SnapshotEntry>): string {
  return runSteps(encodeSnapshotInSteps(version, entries));
}

/** Runs a step function to its end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function collectDays(node: PlanNode, into: PlanNode[]): PlanNode[] {
  if (node.kind === 'day') into.push(node);
  for (const child of node.children) collectDays(child, into);
  return into;
}

/** The days of a stored tree, or null when it is no tree (a node without children: a damaged snapshot). */
function daysOf(root: PlanNode): PlanNode[] | null {
  try {
    return collectDays(root, []);
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is SnapshotEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  const plan = entry.plan as Record<string, unknown> | null;
  return (
    typeof entry.size === 'number' && typeof entry.mtime === 'number' && typeof entry.fingerprint === 'string' &&
    (plan === null || (typeof plan === 'object' && typeof plan.uri === 'string' && typeof plan.root === 'object' && plan.root !== null && Array.isArray(plan.literalBlocks)))
  );
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * The entries of a snapshot written by this `version`, in steps (see `encodeSnapshotInSteps`); an empty map
 * for anything else (corrupt, truncated, older, foreign): one bad line and the whole snapshot is suspect.
 */
export function* decodeSnapshotInSteps(text: string, version: string): Generator<void, Map<string, SnapshotEntry>> {
  const entries = new Map<string, SnapshotEntry>();
  const lines = text.split('\n');
  const header = parseLine(lines[0]) as SnapshotHeader | undefined;
  if (!header || header.format !== 'learning-plans-index' || header.version !== version) return entries;
  for (let i = 1; i < lines.length; i++) {
    const pair = parseLine(lines[i]);
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') return new Map();
    const [uri, entry] = pair as [string, unknown];
    if (!isEntry(entry) || (entry.plan && entry.plan.uri !== uri)) return new Map();
    const days = entry.plan ? daysOf(entry.plan.root) : [];
    if (days === null) return new Map();
    entries.set(uri, entry.plan ? { ...entry, plan: { ...entry.plan, days } } : entry);
    if (i % STEP === 0) yield;
  }
  return entries;
}

export function decodeSnapshot(text: string, version: string): Map<string, SnapshotEntry> {
  return runSteps(decodeSnapshotInSteps(text, version));
}
