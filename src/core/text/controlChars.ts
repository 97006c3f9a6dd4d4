/**
 * Characters a terminal or an editor acts on rather than shows: C0 and C1 controls (an escape sequence, a bell, a line
 * break), line and paragraph separators, and the bidirectional controls that reorder what follows (U+202E shows
 * `evil.md` as `dm.live`). Text the product writes into files from a plan's words (a README table, a lab's notes, the
 * review log) carries none: a plan's title or file name may be hostile (an audit's ESC and U+202E landed in a README,
 * and a file name's line break forged a line of the review log).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** `text` with each run of such characters made one space. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, ' ');
}
