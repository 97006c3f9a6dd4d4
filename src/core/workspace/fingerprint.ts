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
