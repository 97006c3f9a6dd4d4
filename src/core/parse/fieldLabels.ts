import { isWhiteSpace } from './simpleInline';
import { copyOf } from './compactText';

/** What a field label reads as: `Task (30 min):` -> `Task`, `30 min`. */
export type LabelRead = { readonly name: string; readonly detail: string | null };

/**
 * Field names (`Task`, `Resource`) and details (`30 min`) repeat on every day of a plan: one shared
 * copy each instead of tens of thousands. Bounded, so odd documents cannot grow it without limit.
 */
const interned = new Map<string, string>();
function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size >= 4096) interned.clear();
  // Kept for the process's life: a copy even where models keep slices (a slice would keep its document).
  const copy = copyOf(text);
  interned.set(copy, copy);
  return copy;
}

/** `text` without the white space (JavaScript's `\s`) at its end. */
function trimEndSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A label `name (detail):` split by hand (a pattern for it backtracks over every `(` of a long label):
 * the name has no colon; the detail is the parenthesised part right before the colon, from the first
 * `(` after any earlier `)`; null when the label does not end in a colon or its name holds one.
 */
function splitLabelParts(label: string): { group: string; detail: string | undefined } | null {
  const body = trimEndSpace(label);
  if (!body.endsWith(':')) return null;
  const beforeColon = trimEndSpace(body.slice(0, -1));
  let group = beforeColon;
  let detail: string | undefined;
  if (beforeColon.endsWith(')')) {
    const close = beforeColon.length - 1;
    const open = beforeColon.indexOf('(', beforeColon.lastIndexOf(')', close - 1) + 1);
    if (open >= 0 && open < close) {
      group = trimEndSpace(beforeColon.slice(0, open));
      detail = beforeColon.slice(open + 1, close);
    }
  }
  return group.includes(':') ? null : { group, detail };
}

/** A letter or digit of ASCII: the usual first character of a label, which then needs no decoration stripped. */
function startsWithAsciiWord(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || (text.charCodeAt(0) >= 0x30 && text.charCodeAt(0) <= 0x39);
}

/**
 * `Task (30 min):` -> name `Task`, detail `30 min`; `🎯 Objective:` -> name `Objective`. The label
 * ends in a colon. A label with one colon and no parenthesis (most of them) skips the regex.
 */
export function splitFieldLabel(label: string): { name: string; detail: string | undefined } | null {
  let group: string;
  let detail: string | undefined;
  if (label.indexOf('(') < 0 && label.indexOf(':') === label.length - 1) {
    group = label.slice(0, -1);
  } else {
    const parts = splitLabelParts(label);
    if (!parts) return null;
    group = parts.group;
    detail = parts.detail?.trim();
  }
  const name = (startsWithAsciiWord(group) ? group : group.replace(/^[^\p{L}\p{N}]+/u, '')).trim();
  return name ? { name, detail } : null;
}

/**
 * What each label reads as (`Task (30 min):` -> `Task`, `30 min`), shared like the names: a plan writes
 * the same labels on every day, and reading one again took a fifth of a field's cost. Bounded: short labels
 * only (a label is a few words), at most 4096 of them.
 */
const labels = new Map<string, LabelRead | null>();
const LABEL_CACHED = 64;
export function readLabel(label: string): LabelRead | null {
  const known = labels.get(label);
  if (known !== undefined) return known;
  const split = splitFieldLabel(label);
  const read = split ? { name: intern(split.name), detail: split.detail ? intern(split.detail) : null } : null;
  if (label.length > LABEL_CACHED) return read;
  if (labels.size >= 4096) labels.clear();
  // A copy as the key: a label cut from a document must not keep the document alive.
  labels.set(copyOf(label), read);
  return read;
}

