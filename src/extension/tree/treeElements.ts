import { everyDaySkipped, listedTasks, planBody, type Link, type ParsedPlan, type PlanNode, type Task } from '../../core';

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
  return element.type === 'plan' ? planBody(element.plan) : element.node;
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

/** What the tree shows besides the model: the learner's current day, and what the filters hide. */
export interface TreeView {
  /** The current day when this plan is the active one. */
  currentDay(plan: ParsedPlan): PlanNode | undefined;
  readonly hideCompleted: boolean;
}

function contains(node: PlanNode, target: PlanNode | undefined): boolean {
  return target !== undefined && target.line >= node.line && target.line < node.endLine && node.kind !== 'day';
}

/**
 * With completed work hidden: done days and tasks, containers whose days are all done, and what left the plan
 * (skipped days and what holds only them, as cancelled tasks are hidden): what is left is what is left to do.
 */
function hidden(node: PlanNode): boolean {
  if (node.skipped || everyDaySkipped(node)) return true;
  if (node.kind === 'section') return node.progress.daysTotal > 0 ? node.progress.daysDone === node.progress.daysTotal : false;
  return node.done;
}

/**
 * Child nodes, tasks and links of an element, in document order. A plan's children are those of its
 * body: the single level-1 heading that names the plan is not a row of its own.
 */
export function childrenOf(parent: PlanElement | NodeElement, view: TreeView): TreeElement[] {
  const plan = planOf(parent);
  const node = parent.type === 'plan' ? planBody(plan) : parent.node;
  const current = view.currentDay(plan);
  const seen = new Map<string, number>();
  const uniqueId = (key: string): string => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return `${parent.id}/${key}${count ? `~${count}` : ''}`;
  };

  const items: { line: number; order: number; element: TreeElement }[] = [];
  node.children.forEach((child) => {
    const id = uniqueId(`${child.kind}:${child.title}`);
    if (view.hideCompleted && hidden(child)) return;
    const element: NodeElement = { type: 'node', id, uri: parent.uri, node: child, parent, onCurrentPath: contains(child, current) };
    items.push({ line: child.line, order: 2, element });
  });
  listedTasks(node).forEach((task) => {
    const id = uniqueId(`task:${task.text}`);
    if (view.hideCompleted && (task.checked || task.status === 'cancelled')) return;
    items.push({ line: task.line, order: 0, element: { type: 'task', id, uri: parent.uri, task, parent } });
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
