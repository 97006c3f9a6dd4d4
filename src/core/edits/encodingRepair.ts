import * as l10n from '@vscode/l10n';
import type { ParsedPlan } from '../model';
import type { CodePage } from '../text/codePages';
import { detectEncoding, findMojibake, type FileEncoding } from '../text/mojibake';
import type { EditOutcome } from './completionEdits';
import { Lines, type TextEdit } from './textEdit';
import { codeSpans } from '../text/codeSpans';

/**
 * "Repair Text Encoding": the file's code page is detected once, each sequence that decodes cleanly
 * is replaced by its character, and each sequence that lost a byte is written only with a reading the
 * user confirmed. Nothing inside code (fences, indented code, HTML blocks, inline code spans) changes.
 */

/** A sequence that lost a byte: several characters could have been there. */
export interface LostSequence {
  /** 0-based line and UTF-16 offsets in it. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The sequence as the file has it. */
  readonly text: string;
  /** Possible characters, most likely first. */
  readonly readings: readonly string[];
  /** The whole line, to show the sequence in its context. */
  readonly lineText: string;
}

export interface EncodingScan {
  /** The code page the file's mojibake went through; null when it has none. */
  readonly encoding: FileEncoding | null;
  /** Sequences that decode cleanly, each replaced by its character. */
  readonly fixes: readonly TextEdit[];
  readonly lost: readonly LostSequence[];
  /** Sequences that lost more than one byte: left, as nothing can say what they were. */
  readonly damaged: number;
  /** Sequences left alone because they are inside code. */
  readonly inCode: number;
}

/** A reading the user confirmed for a lost sequence, found again by its line, offset and text. */
export interface ConfirmedReading {
  readonly line: number;
  readonly start: number;
  readonly text: string;
  readonly reading: string;
}

/** A code page as people know it, for messages. */
export function codePageName(page: CodePage): string {
  switch (page.id) {
    case 'windows-1250': return l10n.t('Windows-1250 (Central European)');
    case 'windows-1251': return l10n.t('Windows-1251 (Cyrillic)');
    case 'windows-1252': return l10n.t('Windows-1252 (Western)');
    case 'windows-1253': return l10n.t('Windows-1253 (Greek)');
    case 'windows-1254': return l10n.t('Windows-1254 (Turkish)');
    case 'windows-1255': return l10n.t('Windows-1255 (Hebrew)');
    case 'windows-1256': return l10n.t('Windows-1256 (Arabic)');
    case 'windows-1257': return l10n.t('Windows-1257 (Baltic)');
    case 'windows-1258': return l10n.t('Windows-1258 (Vietnamese)');
    case 'iso-8859-1': return l10n.t('ISO-8859-1 (Latin-1)');
  }
}

export function scanEncoding(text: string, plan: ParsedPlan): EncodingScan {
  const encoding = detectEncoding(text);
  const fixes: TextEdit[] = [];
  const lost: LostSequence[] = [];
  let inCode = 0;
  let damaged = 0;
  if (!encoding) return { encoding, fixes, lost, damaged, inCode };
  const lines = new Lines(text);
  const literal = (line: number): boolean => plan.literalBlocks.some(([start, end]) => line >= start && line < end);
  for (let line = 0; line < lines.count; line++) {
    const lineText = lines.at(line);
    const found = findMojibake(lineText, encoding);
    if (found.length === 0) continue;
    const spans: readonly (readonly [number, number])[] = literal(line) ? [[0, lineText.length]] : codeSpans(lineText);
    for (const fix of found) {
      if (spans.some(([start, end]) => fix.start < end && fix.end > start)) {
        inCode++;
      } else if (fix.readings?.length === 0) {
        damaged++;
      } else if (fix.readings) {
        lost.push({ line, start: fix.start, end: fix.end, text: lineText.slice(fix.start, fix.end), readings: fix.readings, lineText });
      } else {
        fixes.push({ range: { start: { line, character: fix.start }, end: { line, character: fix.end } }, newText: fix.text });
      }
    }
  }
  return { encoding, fixes, lost, damaged, inCode };
}

/**
 * The repair as one edit: every clean sequence, and the lost sequences with the readings in
 * `confirmed` (matched again on the current text; one whose text moved or changed is left).
 */
export function repairEncoding(text: string, plan: ParsedPlan, confirmed: readonly ConfirmedReading[] = []): EditOutcome {
  const scan = scanEncoding(text, plan);
  const edits = [...scan.fixes];
  const chosen = new Map<LostSequence, Set<string>>();
  let changed = 0;
  for (const choice of confirmed) {
    const sequence = scan.lost.find((s) => s.line === choice.line && s.start === choice.start && s.text === choice.text);
    if (sequence && sequence.readings.includes(choice.reading)) chosen.set(sequence, (chosen.get(sequence) ?? new Set()).add(choice.reading));
    else changed++;
  }
  let written = 0;
  let twice = 0;
  for (const [sequence, readings] of chosen) {
    if (readings.size > 1) {
      twice++;
      continue;
    }
    const [reading] = readings;
    edits.push({ range: { start: { line: sequence.line, character: sequence.start }, end: { line: sequence.line, character: sequence.end } }, newText: reading });
    written++;
  }
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { ok: true, edits, summary: summarize(scan, { written, changed, twice }) };
}

function summarize(scan: EncodingScan, choices: { written: number; changed: number; twice: number }): string {
  if (!scan.encoding) return l10n.t('No mojibake found');
  const { written, changed, twice } = choices;
  const repaired = scan.fixes.length + written;
  // Mojibake left in code alone (a fence quoting it): nothing a repair would touch.
  if (repaired === 0 && scan.lost.length === 0 && scan.damaged === 0) return l10n.t('No mojibake found outside code (left {0} inside code)', scan.inCode);
  const name = codePageName(scan.encoding.page);
  const parts = [repaired === 0 ? l10n.t('Nothing repaired of UTF-8 read as {0}', name)
    : repaired === 1 ? l10n.t('Repaired 1 sequence of UTF-8 read as {0}', name) : l10n.t('Repaired {0} sequences of UTF-8 read as {1}', repaired, name)];
  if (written) parts.push(l10n.t('{0} of them had lost a byte and got the character you chose', written));
  const unconfirmed = scan.lost.length - written - twice;
  if (unconfirmed > 0) parts.push(l10n.t('left {0} that lost a byte (not confirmed)', unconfirmed));
  if (twice) parts.push(l10n.t('left {0} for which two characters were chosen', twice));
  if (changed) parts.push(l10n.t('{0} confirmed sequences had changed and were not written', changed));
  if (scan.damaged) parts.push(l10n.t('left {0} that lost more than one byte (unreadable)', scan.damaged));
  if (scan.inCode) parts.push(l10n.t('left {0} inside code', scan.inCode));
  return parts.join('; ');
}
