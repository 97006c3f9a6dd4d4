// Obsidian Tasks' fields at the end of a task (src/core/grammar/taskFields.ts) as a before/after table: the
// title left and the fields read. Written from the grammar part's mutation survivors (issue 15): reminders
// with a time, dates glued to digits, the words of a rule or an id, tags before and after fields.
import * as assert from 'assert';
import { readTaskFields } from '../../src/core/grammar/taskFields';

type Row = [text: string, title: string, fields: Record<string, string>];

const ROWS: Row[] = [
  ['Read \u{1F4C5} 2025-01-07', 'Read', { due: '2025-01-07' }],
  ['Read \u{1F4C5}2025-01-07', 'Read', { due: '2025-01-07' }],
  ['Read \u{1F5D3}\uFE0F 2025-01-07', 'Read', { due: '2025-01-07' }],
  ['Read\u00a0\u{1F4C6} 2025-01-07\t', 'Read', { due: '2025-01-07' }],
  ['Read \u23F3 2025-01-05 \u{1F6EB} 2025-01-04 \u2795 2025-01-01', 'Read', { scheduled: '2025-01-05', start: '2025-01-04', created: '2025-01-01' }],
  ['Read \u231B 2025-01-05', 'Read', { scheduled: '2025-01-05' }],
  ['Read \u2705 2025-01-08', 'Read', { done: '2025-01-08' }],
  ['Read \u274C 2025-01-08', 'Read', { cancelled: '2025-01-08' }],
  ['Read \u2705', 'Read', {}],
  ['Read \u{1F4C5} 2025-01-07 \u23F0 2025-01-06 10:30', 'Read', { due: '2025-01-07' }],
  ['Read \u23F0 2025-01-06', 'Read', {}],
  ['Read \u{1F4C5} 2025-01-07 10:30', 'Read \u{1F4C5} 2025-01-07 10:30', {}],
  ['Read \u{1F4C5} 12025-01-07', 'Read \u{1F4C5} 12025-01-07', {}],
  ['Read \u{1F4C5} 2025-01-7', 'Read \u{1F4C5} 2025-01-7', {}],
  ['Read 2025-01-07', 'Read 2025-01-07', {}],
  ['Read \u{1F4C5} 2025-01-07 \u{1F4C5} 2025-02-01', 'Read', { due: '2025-01-07' }],
  ['Read \u{1F501} every 2 weeks on Monday, Friday \u{1F4C5} 2025-01-07', 'Read', { recurrence: 'every 2 weeks on Monday, Friday', due: '2025-01-07' }],
  ['Read \u{1F501} every week!', 'Read', { recurrence: 'every week!' }],
  ['Read \u{1F501}', 'Read \u{1F501}', {}],
  ['Read \u{1F194} abc-1_x', 'Read', {}],
  ['Read \u26D4 abc, def', 'Read', {}],
  ['Read \u{1F3C1} delete', 'Read', {}],
  ['Read \u{1F194} a.b', 'Read \u{1F194} a.b', {}],
  ['Read \u{1F53A}', 'Read', { priority: 'highest' }],
  ['Read \u23EB', 'Read', { priority: 'high' }],
  ['Read \u{1F53C}', 'Read', { priority: 'medium' }],
  ['Read \u{1F53D}', 'Read', { priority: 'low' }],
  ['Read \u23EC \u{1F4C5} 2025-01-07', 'Read', { priority: 'lowest', due: '2025-01-07' }],
  ['Read #rust', 'Read #rust', {}],
  ['Read #rust \u{1F4C5} 2025-01-07', 'Read', { due: '2025-01-07' }],
  ['Read \u{1F4C5} 2025-01-07 #rust', 'Read', { due: '2025-01-07' }],
  ['Read ^block1', 'Read', {}],
  ['Read a#b \u{1F4C5} 2025-01-07', 'Read a#b', { due: '2025-01-07' }],
  ['Read # \u{1F4C5} 2025-01-07', 'Read #', { due: '2025-01-07' }],
  ['Read \u{1F4C5} 2025-01-07 ^', 'Read \u{1F4C5} 2025-01-07 ^', {}],
  ['Read the \u{1F4C5} calendar', 'Read the \u{1F4C5} calendar', {}],
  ['Plain task', 'Plain task', {}],
];

describe('task fields: the title left and the fields read', () => {
  for (const [text, title, fields] of ROWS) {
    it(JSON.stringify(text), () => {
      const read = readTaskFields(text);
      const got = Object.fromEntries(Object.entries(read.fields).filter(([, v]) => v !== null));
      assert.deepStrictEqual([read.title, got], [title, fields]);
    });
  }
});
