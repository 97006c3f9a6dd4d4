/** Command ids, one place, so package.json, handlers and tests agree. */
export const REFRESH_COMMAND = 'learningPlans.refresh';
export const OPEN_NODE_COMMAND = 'learningPlans.openNode';
export const OPEN_LINK_COMMAND = 'learningPlans.openLink';
export const TOGGLE_TASK_COMMAND = 'learningPlans.toggleTask';
export const MARK_DAY_COMPLETE_COMMAND = 'learningPlans.markDayComplete';
export const MARK_DAY_INCOMPLETE_COMMAND = 'learningPlans.markDayIncomplete';
export const GO_TO_TODAY_COMMAND = 'learningPlans.goToToday';
export const MARK_TODAY_COMPLETE_COMMAND = 'learningPlans.markTodayComplete';
export const SET_ACTIVE_PLAN_COMMAND = 'learningPlans.setActivePlan';
export const SHOW_PROGRESS_COMMAND = 'learningPlans.showProgress';
export const OPEN_DAY_RESOURCES_COMMAND = 'learningPlans.openDayResources';
export const SCAFFOLD_LAB_COMMAND = 'learningPlans.scaffoldLab';
export const REPAIR_ENCODING_COMMAND = 'learningPlans.repairTextEncoding';
export const CREATE_SAMPLE_PLAN_COMMAND = 'learningPlans.createSamplePlan';
export const GET_STARTED_COMMAND = 'learningPlans.getStarted';
