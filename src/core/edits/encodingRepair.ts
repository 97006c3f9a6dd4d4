import * as l10n from '@vscode/l10n';
import type { ParsedPlan } from '../model';
import { findMojibake } from '../text/mojibake';
import type { EditOutcome } from './progressEdits';
import { Lines, type TextEdit } from './textEdit';

/**
 * "Repair Text Encoding": replaces each mojibake sequence that decodes cleanly by its character, and
 * nothing else; lines inside code fences, indented code and HTML blocks are left alone.
 */
export function repairEncoding(text: string, plan: ParsedPlan): EditOutcome {
  const lines = new Lines(text);
  const literal = (line: number): boolean => plan.literalBlocks.some(([start, end]) => line >= start && line < end);
  const edits: TextEdit[] = [];
  let left = 0;
  let skipped = 0;
  for (let line = 0; line < lines.count; line++) {
    const found = findMojibake(lines.at(line));
    if (found.spans.length === 0 && found.left === 0) continue;
    if (literal(line)) {
      skipped += found.spans.length;
      continue;
    }
    left += found.left;
    for (const span of found.spans) {
      edits.push({ range: { start: { line, character: span.start }, end: { line, character: span.end } }, newText: span.replacement });
    }
  }
  let summary = edits.length === 1 ? l10n.t('Repaired 1 sequence') : l10n.t('Repaired {0} sequences', edits.length);
  if (left) summary += l10n.t(', left {0} that lost a byte', left);
  if (skipped) summary += l10n.t(', left {0} inside code blocks', skipped);
  return { ok: true, edits, summary };
}
