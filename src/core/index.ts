/** The vscode-free core: everything here runs in Node, in a browser worker and in unit tests. */
export * from './model';
export * from './document';
export * from './stamps';
export { buildPlan } from './parse/buildPlan';
export { classifyHeading, type HeadingClass } from './parse/classifyHeading';
export { PlanCache } from './planCache';
export { nodeToJson, planToJson, type JsonNode } from './planJson';
export { progressLabel, completionState, type CompletionState } from './progressLabel';
export { GlobSet, globToRegExp } from './glob';
export { resolveLinkTarget, headingSlug, normalizePosixPath, isInside, type LinkTarget } from './links';
export * from './dates';
export * from './edits/textEdit';
export { findTaskBox, addStamp, removeStamp, setTaskChecked, toggleTaskLine, applyLineEdits, type TaskBox } from './edits/lineEdits';
export { findDay, findTask, dayAtLine, tasksOnLines, allTasks, type DayRef, type TaskRef } from './edits/locate';
export { markDayComplete, markDayIncomplete, toggleTasks, setTasksChecked, type EditOutcome, type ProgressOptions } from './edits/progressEdits';
export { applyEditsToBytes, ByteEditError } from './edits/byteEdits';
