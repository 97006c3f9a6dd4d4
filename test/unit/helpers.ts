import * as fs from 'fs';
import * as path from 'path';
import { buildPlan, inMemoryDocument, type ParsedPlan, type PlanNode } from '../../src/core';
import type { CodePage } from '../../src/core/text/codePages';

/** The four shared plans, byte-exact, in file-name order. */
export const fixtureNames = ['days-031-060-lakehouse-for-ai.md', 'days-121-150-delta-iceberg.md', 'learning-journey-tracker.md', 'month-3-batch-etl.md'];

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', name), 'utf8');
}

export function parse(text: string, uri = 'file:///ws/plan.md'): ParsedPlan {
  return buildPlan(inMemoryDocument(uri, text));
}

/** `kind:title` per node, indented by depth: a compact picture of a tree for assertions. */
export function outline(node: PlanNode, depth = 0): string[] {
  const own = depth === 0 ? [] : [`${'  '.repeat(depth - 1)}${node.kind}:${node.title}`];
  return [...own, ...node.children.flatMap((child) => outline(child, depth + 1))];
}

export function find(node: PlanNode, title: string): PlanNode {
  if (node.title === title) return node;
  for (const child of node.children) {
    try {
      return find(child, title);
    } catch {
      // keep looking in the next child
    }
  }
  throw new Error(`no node titled ${title}`);
}

export function lines(...rows: string[]): string {
  return rows.join('\n');
}

/** What a tool does that reads UTF-8 bytes through `page` (keeping a byte the page lacks as its C1 control). */
export function mangle(text: string, page: CodePage): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += byte < 0x80 ? String.fromCharCode(byte) : page.upper[byte - 0x80];
  return out;
}
