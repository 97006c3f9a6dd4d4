/**
 * A fingerprint of a text: its length and two 32-bit hashes (FNV-1a and a multiplicative one) of its
 * UTF-16 code units. The store compares fingerprints to tell "the same text again" (the editor, the
 * debounced listener and the file watcher reporting one edit) from a change, without keeping texts.
 * Two different texts share one with a chance of about 2^-64 per comparison; the worst case is one
 * missed refresh, which the next edit corrects.
 */
export function textFingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let mul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    mul = (Math.imul(mul, 31) + c) | 0;
  }
  return `${text.length}:${(fnv >>> 0).toString(36)}:${(mul >>> 0).toString(36)}`;
}

/**
 * The text a stored model was made from, as the store compares it: its fingerprint, or, for a document being
 * typed in, the text itself. Hashing a 5 MB document took ~10 ms of each keystroke, and the next keystroke's
 * text is compared with this one anyway: texts of different lengths differ at once, equal lengths are compared
 * exactly. A held text is let go by `settle` (the store settles a key when the text is saved, read from disk
 * or no longer typed in); a fingerprint worked out meanwhile is kept with it.
 */
export class TextKey {
  private constructor(
    private text: string | undefined,
    private known: string | undefined,
  ) {}

  static ofFingerprint(fingerprint: string): TextKey {
    return new TextKey(undefined, fingerprint);
  }

  /** A key that holds `text` until it is settled. */
  static ofText(text: string): TextKey {
    return new TextKey(text, undefined);
  }

  /** Whether the text is still held. */
  get holdsText(): boolean {
    return this.text !== undefined;
  }

  /** The text's fingerprint, worked out on first use (the text stays held until `settle`). */
  get fingerprint(): string {
    this.known ??= textFingerprint(this.text!);
    return this.known;
  }

  /** Lets the text go, keeping its fingerprint. */
  settle(): void {
    void this.fingerprint;
    this.text = undefined;
  }

  /**
   * Whether both name the same text: exactly where both still hold it, by fingerprint where either does not.
   * A held text is hashed against a fingerprint only if their lengths agree (a fingerprint starts with the
   * length), and keeps its text: the next keystroke is compared with it exactly again.
   */
  equals(other: TextKey): boolean {
    if (this === other) return true;
    if (this.text !== undefined && other.text !== undefined) return this.text === other.text;
    if (this.known !== undefined && other.known !== undefined) return this.known === other.known;
    const held = this.text !== undefined ? this : other;
    const hashed = held === this ? other : this;
    if (!hashed.known!.startsWith(`${held.text!.length}:`)) return false;
    return this.fingerprint === other.fingerprint;
  }
}
