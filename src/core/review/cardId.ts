/**
 * Review card ids: short, stable and derived from what the card is, never from where it sits.
 *
 * An id is a hash of three things: the plan's key (its path relative to the folder that holds
 * `.learning-plans/`), the card's context (`Day 12`, a journal date, or the nearest heading that is
 * not a learnings section) and the prompt's text, normalized (mojibake repaired, Unicode NFC, white
 * space folded, lower case). Moving a day's lines, editing other fields, adding days before it or
 * repairing the file's encoding keep the id; editing the prompt's words, renumbering the day or
 * renaming the plan's file make a new card (the old id's reviews stay in the log, unused). The prompt is the
 * card's whole text, or the question alone where it is written apart from its answer (cards.ts, idsOf).
 */
import { displayText } from '../text/mojibake';

/** Crockford's base 32, lower case: no i, l, o, u, so an id read aloud or retyped stays unambiguous. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** The length of every id: 8 characters of base 32, 40 bits (a 1-in-20,000 chance of any clash among 10,000 cards). */
export const CARD_ID_LENGTH = 8;
export const CARD_ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{8}$/;

/** The text a prompt is identified by: what a person would call "the same words". */
export function normalizeForId(text: string): string {
  return displayText(text).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Two independent 32-bit FNV-1a lanes over the UTF-16 code units (different offset bases). */
function hash40(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  // 32 bits of one lane and 8 of the other: 40 bits, exact in a double.
  return (a >>> 0) * 256 + ((b >>> 0) & 0xff);
}

export function cardId(planKey: string, context: string, prompt: string): string {
  let value = hash40(`${planKey}\u0000${normalizeForId(context)}\u0000${normalizeForId(prompt)}`);
  let id = '';
  for (let i = 0; i < CARD_ID_LENGTH; i++) {
    id = ALPHABET[value % 32] + id;
    value = Math.floor(value / 32);
  }
  return id;
}
