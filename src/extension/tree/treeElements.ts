import type { Link, ParsedPlan, PlanNode, Task } from '../../core';

/**
 * Elements of the Learning Plans tree. They are plain data over the model; `treeItems.ts` turns them
 * into VS Code tree items. Ids are built from titles (not line numbers), so a node keeps its id,
 * and its expanded state, when lines above it change.
 */
export type TreeElement = PlanElement | NodeElement | TaskElement | LinkElement;

interface ElementBase {
  readonly id: string;
  /** The plan file's uri (string form). */
  readonly uri: string;
}

export interface PlanElement extends ElementBase {
  readonly type: 'plan';
  /** Replaced in place when the file is re-parsed, so VS Code's handle on this object stays valid. */
  plan: ParsedPlan;
  readonly parent: undefined;
}

export interface NodeElement extends ElementBase {
  readonly type: 'node';
  readonly node: PlanNode;
  readonly parent: PlanElement | NodeElement;
  /** Whether this node holds the first open day (the learner's place), shown expanded. */
  readonly onCurrentPath: boolean;
}

export interface TaskElement extends ElementBase {
  readonly type: 'task';
  readonly task: Task;
  readonly parent: PlanElement | NodeElement;
}

export interface LinkElement extends ElementBase {
  readonly type: 'link';
  readonly link: Link;
  readonly parent: PlanElement | NodeElement;
}

export function nodeOf(element: PlanElement | NodeElement): PlanNode {
  return element.type === 'plan' ? element.plan.root : element.node;
}

/** The line an element points at in its file. */
export function lineOf(element: TreeElement): number {
  switch (element.type) {
    case 'plan':
      return 0;
    case 'node':
      return element.node.line;
    case 'task':
      return element.task.line;
    case 'link':
      return element.link.line;
  }
}

/** The first open day per plan model (looked up once, not once per expanded node). */
const firstOpen = new WeakMap<ParsedPlan, PlanNode | null>();
function firstOpenDay(plan: ParsedPlan): PlanNode | undefined {
  if (!firstOpen.has(plan)) firstOpen.set(plan, plan.days.find((day) => !day.done) ?? null);
  return firstOpen.get(plan) ?? undefined;
}

function contains(node: PlanNode, target: PlanNode | undefined): boolean {
  return target !== undefined && target.line >= node.line && target.line < node.endLine && node.kind !== 'day';
}

/** Child nodes, tasks and links of an element, in document order. */
export function childrenOf(parent: PlanElement | NodeElement): TreeElement[] {
  const node = nodeOf(parent);
  const plan = planOf(parent);
  const current = firstOpenDay(plan);
  const seen = new Map<string, number>();
  const uniqueId = (key: string): string => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return `${parent.id}/${key}${count ? `~${count}` : ''}`;
  };

  const items: { line: number; order: number; element: TreeElement }[] = [];
  node.children.forEach((child) => {
    const element: NodeElement = {
      type: 'node', id: uniqueId(`${child.kind}:${child.title}`), uri: parent.uri, node: child, parent,
      onCurrentPath: contains(child, current),
    };
    items.push({ line: child.line, order: 2, element });
  });
  node.tasks.forEach((task) => {
    items.push({ line: task.line, order: 0, element: { type: 'task', id: uniqueId(`task:${task.text}`), uri: parent.uri, task, parent } });
  });
  node.links.forEach((link) => {
    items.push({ line: link.line, order: 1, element: { type: 'link', id: uniqueId(`link:${link.target}`), uri: parent.uri, link, parent } });
  });
  return items.sort((a, b) => a.line - b.line || a.order - b.order).map((item) => item.element);
}

export function planOf(element: TreeElement): ParsedPlan {
  let cursor: TreeElement = element;
  while (cursor.type !== 'plan') cursor = cursor.parent;
  return cursor.plan;
}
