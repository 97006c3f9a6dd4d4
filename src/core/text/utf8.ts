/** UTF-8 structure, byte by byte: which bytes start a sequence, and what a complete sequence encodes. */

/** How many bytes a sequence starting with `lead` has; 0 when `lead` cannot start one. */
export function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/**
 * The code point of one complete sequence, or -1 when it is not well-formed UTF-8 (an overlong form,
 * a surrogate, past U+10FFFF, or a byte out of place).
 */
export function decodeSequence(bytes: readonly number[]): number {
  const lead = bytes[0];
  const length = sequenceLength(lead);
  if (length === 0 || bytes.length !== length) return -1;
  for (let i = 1; i < length; i++) if (!isContinuation(bytes[i])) return -1;
  const second = bytes[1];
  if (length === 2) return ((lead & 0x1f) << 6) | (second & 0x3f);
  if (lead === 0xe0 && second < 0xa0) return -1;
  if (lead === 0xed && second > 0x9f) return -1;
  if (length === 3) return ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (bytes[2] & 0x3f);
  if (lead === 0xf0 && second < 0x90) return -1;
  if (lead === 0xf4 && second > 0x8f) return -1;
  return ((lead & 0x07) << 18) | ((second & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
}
