import { completionState, progressLabel, type PlanNode } from '../core';
import { field } from './output';

const MARK = { done: '[x]', partial: '[~]', open: '[ ]' } as const;

function label(node: PlanNode): string {
  const number = node.kind === 'day' && node.number !== null ? ` ${node.number}` : '';
  return `${node.kind}${number}`;
}

/** The human outline: one line per node, indented by depth, with its state and progress. */
export function renderOutline(root: PlanNode, file: string): string {
  const lines: string[] = [`${field(file)}  ${progressLabel(root)}`.trimEnd()];
  const visit = (node: PlanNode, depth: number): void => {
    const progress = progressLabel(node);
    lines.push(
      `${'  '.repeat(depth)}${MARK[completionState(node)]} ${label(node)}: ${field(node.title)}${progress ? `  (${progress})` : ''}`,
    );
    node.children.forEach((child) => visit(child, depth + 1));
  };
  root.children.forEach((child) => visit(child, 1));
  return lines.join('\n');
}
