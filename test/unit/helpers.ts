import { buildPlan, inMemoryDocument, type ParsedPlan, type PlanNode } from '../../src/core';

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
