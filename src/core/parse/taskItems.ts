/**
 * Task items as the reader finds them: a list item whose first paragraph starts with a box (`[ ]`, `[x]`, `[/]`,
 * `[-]`), or a heading's box, read into a Task (its display text, done stamp and Obsidian Tasks fields).
 */
import type { Task, TaskStatus } from '../model';
import { readStamp } from '../stamps';
import { blankCodeSpans } from '../text/codeSpans';
import { displayText } from '../text/mojibake';
import { TASK_CONTENT } from '../grammar/lineSyntax';
import { readTaskFields } from '../grammar/taskFields';
import { imageText, inlineText } from './inlineText';
import { detach } from './compactText';
import type { BlockToken } from './markdown';

const STATUS: Record<string, TaskStatus> = { ' ': 'open', x: 'done', X: 'done', '/': 'inProgress', '-': 'cancelled' };

/** A task from its box's content (`[ ] text ...`), its display text without the box, and its lines. */
export function makeTask(content: string, withoutBox: string, line: number, lastLine: number): Task {
  const status = STATUS[content.charAt(1)];
  // Fields in code at the end are the learner's text (`- [ ] Learn `✅ 2026-01-01``): no more are read than the
  // raw markdown ends with outside code.
  const limit = content.indexOf('`') < 0 ? undefined : readTaskFields(displayText(blankCodeSpans(content))).count;
  const { title, fields } = readTaskFields(displayText(withoutBox), limit);
  return {
    line, lastLine, checked: status === 'done', status, text: detach(title), doneDate: readStamp(content).date,
    due: fields.due, scheduled: fields.scheduled, start: fields.start, created: fields.created, cancelledDate: fields.cancelled,
    recurrence: fields.recurrence && detach(fields.recurrence), priority: fields.priority,
  };
}

export function readTask(inline: BlockToken, line: number, lastLine: number): Task {
  const text = inlineText(inline).replace(TASK_CONTENT, '').trim();
  // `- [ ] ![the ER diagram](er.png)`: a task that is only an image is shown by its alt text (the box is its text).
  return makeTask(inline.content, text === '' && inline.children ? imageText(inline.children) : text, line, lastLine);
}

/** A list item whose first paragraph starts with a task box (`[ ]`, `[x]`, `[X]`, `[/]`, `[-]`). */
export function isTaskInline(tokens: readonly BlockToken[], i: number): boolean {
  return (
    i >= 2 &&
    tokens[i - 1].type === 'paragraph_open' &&
    tokens[i - 2].type === 'list_item_open' &&
    TASK_CONTENT.test(tokens[i].content)
  );
}
