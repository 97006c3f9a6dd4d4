import * as assert from 'assert';
import { classifyHeading, type HeadingClass } from '../../src/core';

const day = (number: number | null, date: string | null = null): HeadingClass => ({ kind: 'day', number, date });
const range = (from: number, to: number): HeadingClass => ({ kind: 'dayRange', from, to });

describe('classifyHeading: what a heading text says it is', () => {
  const table: [string, HeadingClass][] = [
    ['Day 31 - Lakehouse vs Data Warehouse for AI', day(31)],
    ['Day 1', day(1)],
    ['Day 28: Project Completion & Month Synthesis', day(28)],
    ['Day 1 \u2014 Title', day(1)],
    ['Topic | Day 12', day(12)],
    ['Day 5: June 27, Monday', day(5)],
    ['Day 299 - 300-Day Mastery Assessment', day(299)],
    ['day #7 recap', day(7)],
    ['\u{1F3AF} Day 3 - Emoji first', day(3)],
    ['Monday: Fresh Start', day(null)],
    ['Saturday', day(null)],
    ['2026-11-21', day(null, '2026-11-21')],
    ['2026-11-21 Friday notes', day(null, '2026-11-21')],
    ['Days 31-60: Lakehouse Architecture', range(31, 60)],
    ['Days 59-60: Consolidation and Transition', range(59, 60)],
    ['Final Sprint (Days 26-30)', range(26, 30)],
    ['Days 26 \u2013 30', range(26, 30)],
    ['Day 31-37', range(31, 37)],
    ['Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)', { kind: 'module' }],
    ['Week 1: Streaming Sprint', { kind: 'module' }],
    ['Week 2', { kind: 'module' }],
    ['Unit 3', { kind: 'module' }],
    ['Chapter 4: Joins', { kind: 'module' }],
    ['Part II: Advanced', { kind: 'module' }],
    ['Sprint 2', { kind: 'module' }],
    ['Session 5 - Review', { kind: 'module' }],
    ['Week 1 (Day 1-7)', { kind: 'module' }],
    ['Month 3: Advanced Batch ETL', { kind: 'cycle' }],
    ['Cycle 2', { kind: 'cycle' }],
    ['Quarter 1 goals', { kind: 'cycle' }],
    ['Phase 3: Mastery', { kind: 'cycle' }],
    ['\u{1F3AF} Beachhead Cycle Goals', { kind: 'section' }],
    ['\u{1F4CA} Cycle Assessment', { kind: 'section' }],
    ['Key Learnings', { kind: 'section' }],
    ['Today', { kind: 'section' }],
    ['30-Day Challenge', { kind: 'section' }],
    ['Holidays 2026', { kind: 'section' }],
    ['Weekly review', { kind: 'section' }],
    ['Unit tests', { kind: 'section' }],
    ['Week in review', { kind: 'section' }],
    ['\u00f0\u0178\u017d\u00af Learning Objectives', { kind: 'section' }],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" is ${expected.kind}${'number' in expected ? ` ${expected.number}` : ''}`, () => {
      assert.deepStrictEqual(classifyHeading(text), expected);
    });
  }
});
