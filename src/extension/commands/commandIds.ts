/** Command ids, one place, so package.json, handlers and tests agree. */
export const REFRESH_COMMAND = 'learningPlans.refresh';
export const OPEN_NODE_COMMAND = 'learningPlans.openNode';
export const OPEN_LINK_COMMAND = 'learningPlans.openLink';
export const TOGGLE_TASK_COMMAND = 'learningPlans.toggleTask';
export const MARK_DAY_COMPLETE_COMMAND = 'learningPlans.markDayComplete';
export const MARK_DAY_INCOMPLETE_COMMAND = 'learningPlans.markDayIncomplete';
