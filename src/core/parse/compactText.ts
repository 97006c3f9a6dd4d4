/**
 * The model's strings, copied so that they keep neither their document alive nor two bytes per character
 * where one would do (see detach). Shared by the parse and the field labels.
 */

/**
 * A copy of `text` that does not keep its source alive. Strings cut from the document (regex groups,
 * slices) can be views into the whole file's text; the model outlives the text, so every string it
 * keeps is detached (measured: about a third of a 10,000-day model's heap).
 */
export function detach(text: string): string {
  // A copy through UTF-8 (unlike a slice or a concatenation) is stored one byte per character when it can:
  // most of a plan is ASCII, but one emoji makes the whole document's text, and every slice of it, two bytes
  // per character. Measured: the heap a 10,000-day model retains, 22.8 -> 16.7 MB. (A JSON round trip does
  // the same at 2.6x the time: it was 12% of indexing 300 plans.)
  return compactStrings ? copyOf(text) : text;
}

/** A compact copy of `text` that keeps nothing else alive, whatever the process keeps (see detach). */
export function copyOf(text: string): string {
  if (text.length < 13) return text;
  const state = (utf8 ??= newUtf8());
  if (state.scratch.length < text.length * 3) {
    state.scratch = new Uint8Array(text.length * 3);
    state.views.length = 0;
  }
  const written = state.encoder.encodeInto(text, state.scratch).written;
  // A view per length, made once: most copies are short, and a view is an object of its own.
  const view = written < VIEWS ? (state.views[written] ??= state.scratch.subarray(0, written)) : state.scratch.subarray(0, written);
  const copy = state.decoder.decode(view);
  // A lone surrogate comes back as U+FFFD through UTF-8: such text keeps its exact code units. Looked for
  // only where a U+FFFD came back (a copy of one byte per character cannot hold one: no scan at all).
  return copy.indexOf('\ufffd') < 0 || isWellFormed(text) ? copy : (JSON.parse(JSON.stringify(text)) as string);
}

/** Views kept for lengths below this: a title or a field's value (a few hundred bytes at most); longer ones are rare. */
const VIEWS = 1024;

interface Utf8 {
  readonly encoder: InstanceType<typeof TextEncoder>;
  readonly decoder: InstanceType<typeof TextDecoder>;
  scratch: Uint8Array;
  /** `scratch.subarray(0, n)` at index n, made when first needed. */
  readonly views: Uint8Array[];
}

/** Built on the first detach (nothing is built when the bundle loads). */
let utf8: Utf8 | undefined;

function newUtf8(): Utf8 {
  return { encoder: new TextEncoder(), decoder: new TextDecoder('utf-8', { ignoreBOM: true }), scratch: new Uint8Array(4096), views: [] };
}

const SURROGATE = /[\ud800-\udfff]/;
/** No lone surrogate. `String.prototype.isWellFormed` (ES2024) answers without a scan for most strings; the pattern where it is missing. */
const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !SURROGATE.test(text) || wellFormedByHand(text);

/** Whether every surrogate of `text` is half of a pair. */
export function wellFormedByHand(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff) return false;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

let compactStrings = true;

/**
 * Whether models store their strings compactly (see detach): worth it where models are kept (the
 * extension's index); a one-shot process that prints its models and exits (the CLI) turns it off and
 * saves the copies (~0.2 s of `index --json` on 300 plans).
 */
export function keepStringsCompact(on: boolean): void {
  compactStrings = on;
}
