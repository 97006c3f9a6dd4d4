/** Command ids, one place, so package.json, handlers and tests agree. */
export const REFRESH_COMMAND = 'learningPlans.refresh';
export const OPEN_NODE_COMMAND = 'learningPlans.openNode';
export const OPEN_LINK_COMMAND = 'learningPlans.openLink';
