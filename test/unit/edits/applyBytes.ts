import * as assert from 'assert';
import { applyEditsToBytes, type EditOutcome, type TextEdit } from '../../../src/core';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Applies edits the way the CLI writes them: through the production byte applier, not a test-only one. */
export function applyThroughBytes(text: string, edits: readonly TextEdit[]): string {
  return decoder.decode(applyEditsToBytes(encoder.encode(text), edits));
}

/** The text after an outcome that must succeed. */
export function applied(text: string, outcome: EditOutcome): string {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return applyThroughBytes(text, outcome.edits);
}
