/** The vscode-free core: everything here runs in Node, in a browser worker and in unit tests. */
export * from './model';
export * from './document';
export * from './stamps';
export { buildPlan, buildPlanInSteps } from './parse/buildPlan';
export { keepStringsCompact } from './parse/compactText';
export { forgetTypingPieces, parseForTyping, prepareForTypingInSteps, reparsePlan, reusedPieces } from './parse/incremental';
export { typedText, type TextChange, type TextProbe } from './text/textChanges';
export { classifyHeading, type HeadingClass } from './parse/classifyHeading';
export { weekDayOf, weekNumberOf } from './parse/weekHeadings';
export { mayBePlan, planSignals } from './grammar/signals';
export { mayBePlanBytes, whyMaybePlan } from './parse/planFilter';
export { PlanCache } from './planCache';
export { PlanStore, type PlanChanges, type Typing, type TypingParser } from './workspace/planStore';
export { textFingerprint } from './workspace/fingerprint';
export { encodeSnapshot, encodeSnapshotInSteps, decodeSnapshot, decodeSnapshotInSteps, type SnapshotEntry } from './workspace/indexSnapshot';
export { nodeToJson, planToJson, type JsonNode } from './planJson';
export { progressLabel, completionState, everyDaySkipped, skippedDays, type CompletionState } from './progressLabel';
export { planTitle, planBody, shortTitle, dayName, frontMatterTitle } from './nodeLabels';
export { dayMark, isBoxlessItem, isDayMark, listedTasks } from './dayMark';
export { GlobSet, globToRegExp } from './glob';
export { resolveLinkTarget, checkLinkTarget, headingSlug, normalizePosixPath, isInside, rebaseLink, type LinkTarget } from './links';
export * from './dates';
export * from './edits/textEdit';
export { findTaskBox, addStamp, removeStamp, setTaskChecked, toggleTaskLine, applyLineEdits, type TaskBox } from './edits/lineEdits';
export { findDay, findTask, dayAtLine, tasksOnLines, tasksNamed, tasksLike, allTasks, type DayRef, type TaskRef } from './edits/locate';
export { markDayComplete, markDayIncomplete, toggleTasks, setTasksChecked, type EditOutcome, type ProgressOptions } from './edits/completionEdits';
export { otherDaysChanged } from './edits/doneReadings';
export { unreadDoneDate } from './edits/tableRows';
export { unreadHeadingDate } from './grammar/fileDateOrder';
export { unreadYearlessDate } from './grammar/fileYears';
export { withYearWritten } from './parse/yearlessPlan';
export { otherJournalOf, otherListOf } from './parse/planSignals';
export { yearUnsaid } from './parse/buildPlan';
export { slashedReadings } from './grammar/dates';
export { applyEditsToBytes, ByteEditError } from './edits/byteEdits';
export { dayNumber, isoFromDayNumber, addDays, weekStart, daysSinceMonday } from './calendar/calendarDays';
export { computeStreak, planStreak, activityWeeks, type StreakStats } from './today/streak';
export { currentDayOf, missedDatedDays, weekdaySectionOn, frontMatterStart, frontMatterStartProblem } from './schedule/currentDay';
export { scheduleFor, scheduleDays, notStartedUntil, daysPlannedOn, openDayDates, type Schedule, type ScheduleOptions } from './schedule/schedule';
export { RestDays, parseWeekdays, weekdayCodes, weekdayOf, frontMatterRest, frontMatterRestProblem, plannedRest, restWeekdaysOf, planPauseDays, WEEKDAY_CODES } from './schedule/restDays';
export { chooseActive, chooseActivePlan, nextPlan, plansWithDays, latestStamp, programStart, type ActivePlanChoice, type ActiveReason, type ActivePlanHints, type NextInProgram } from './today/activePlan';
export { summarizeToday, restOf, plannedTodayElsewhere, type TodaySummary, type TodayInputs } from './today/today';
export { isRestEntry, journalEntryHeading } from './today/journalEntry';
export { countDue, dueState, dueTasks, type DueState, type DueTask } from './today/dueTasks';
export { renderProgressHtml, heatmapSvg, escapeHtml, type ProgressPage, type ReviewNumbers } from './report/progressHtml';
export { slugify, planSlug, shortHash, titleWithoutDayPrefix } from './labs/slug';
export { dayContent, allLinks, fieldLinks, containerTitle, type DayContent } from './labs/dayContent';
export { renderTemplate, type Rendered } from './labs/templates';
export { codeAsCode, labLocation, labsFolderSegments, renderLab, templateValues, unknownPlaceholders, PLACEHOLDER_NAMES, type LabLocation, type LabTemplates, type RenderedLab } from './labs/labFiles';
export { addLabLink, relativePosix } from './labs/labLink';
export { repairMojibake, findMojibake, detectEncoding, displayText, type Repair, type FileEncoding } from './text/mojibake';
export { codePages, type CodePage, type CodePageId } from './text/codePages';
export { repairEncoding, scanEncoding, codePageName, type EncodingScan, type LostSequence, type ConfirmedReading } from './edits/encodingRepair';
export { parseDuration, parenthesisedDuration, notedDuration, taskDuration, formatMinutes, parseDurationArg } from './study/duration';
export { plannedTime, studyTime, type StudyTime } from './study/studyTime';
export { renderSamplePlan, samplePlanFileName, SAMPLE_PLAN_FILE } from './sample/samplePlan';
export { parseDaySpec, describeDaySpec, daysMatching, describeCandidate, lookupDay, type DaySpec, type DayLookup } from './dayRef';
export { FileError, statFromFileType, type FileStat, type FileProblem, type FileSystemPort } from './fs/fileSystem';
export { joinPath, dirname, basename, besideName, relativeSegments, segmentsBelow } from './fs/paths';
export { checkPathBelow, type PathCheck } from './fs/safePath';
export { rewriteFile, type AtomicFilePort, type FileSnapshot, type Revision, type RewriteResult, type RewriteOptions } from './fs/atomicRewrite';
export { scaffoldLab, type LabRequest, type LabResult, type PlanLinker } from './labs/scaffold';
export { readLabTemplates, MAX_TEMPLATE_BYTES, PRODUCT_FOLDER, type ReadTemplates } from './labs/labTemplates';
export { itemsUnder, LineRanges } from './review/reviewText';
export { plainInline } from './plainInline';
export { reviewCards, prepareReviewCards, preparedReviewCards, hasReviewMaterial, fieldKind, isLearningsHeading, type ReviewCard, type ReviewContext, type CardKind } from './review/cards';
export { cardId, normalizeForId, CARD_ID_PATTERN } from './review/cardId';
export {
  parseReviewLog, reviewLogLine, appendToReviewLog, newReviewLog, lineEndingOf, isGrade, GRADES, REVIEW_LOG_PATH,
  REVIEW_GITATTRIBUTES_PATH, REVIEW_GITATTRIBUTES, type Grade, type ReviewEntry, type ParsedReviewLog, type ReviewLogProblem, type ReviewLogWrite,
} from './review/reviewLog';
export { reviewQueue, previewGrades, nextDueAfter, type CardSchedule, type CardState, type ReviewOptions, type ReviewQueue } from './review/scheduler';
export { type HeatmapOptions, type HeatmapTheme, type HeatmapData } from './report/heatmapSvg';
export { escapeXml } from './report/escapeXml';
export { BADGE_WORDS, badgeSvg, streakBadge, progressBadge, verdanaWidth, type Badge, type ProgressCounts } from './share/badgeSvg';
export {
  readmeBlockLines, updateReadmeBlock, applyLineRangeEditToBytes, escapeMarkdown, linkTarget, README_START, README_END,
  type ReadmeBlockInput, type ReadmePlan, type ReadmeUpdate,
} from './share/readmeBlock';
export {
  progressWorkflow, findProgressWorkflow, createProgressWorkflow, WorkflowOptionError, WORKFLOW_PATH, WORKFLOW_PATHS,
  type WorkflowOptions, type WorkflowResult,
} from './share/workflow';
export { writeGeneratedFile, createOrRewrite, makeFolders, type FilePorts, type WriteResult } from './fs/generatedFile';
export { updateReadmeFile, type ReadmeWriteResult } from './share/readmeFile';
export { appendReviewLines } from './review/reviewLogFile';
export {
  PLANNED_MARK, SKIP_MARK, PAUSE_MARK, TIMER_MARK, readTitleMarks, readSessionMark, readPauseMark, sessionText, pauseText, plannedText, skipText, timeOfDay,
  type SessionMark, type PauseMark, type TitleMarks,
} from './grammar/dayMarks';
export { plannedDateEdit, skipDayEdit, frontMatterStartEdit } from './schedule/scheduleEdits';
export {
  catchUp, scheduleStatus,
  type CatchUpChoice, type CatchUpContext, type ScheduleStatus, type ReplanOutcome,
} from './schedule/replan';
export { isOptionalDay, skippableDays } from './schedule/skippable';
export { setStartDate } from './schedule/startDate';
export { spreadWindow, evenDoubles, spreadDoubles, spreadDoublesNeeded } from './schedule/spreadDays';
export { catchUpAdvice, suggestedSpread, type CatchUpAdvice } from './schedule/catchUpAdvice';
export { unifiedDiff, type DiffOptions } from './schedule/unifiedDiff';
export { logSession, logPause } from './timer/sessionLog';
export { loggedMinutes, minutesByDate, sessionDates } from './timer/sessionTotals';
export { logInSection, sectionPlanOf, sectionsNamed, sectionsOf, studySection } from './timer/sectionLog';
export { logInNewEntry, needsNewEntry } from './today/newJournalEntry';
export {
  startTimer, NEW_ENTRY_LINE, SECTION_LINE, elapsedMs, elapsedMinutes, noteActivity, checkIdle, pauseTimer, resumeTimer, stopTimer, type TimerDay, type TimerState,
} from './timer/studyTimer';
export {
  reminderDecision, reminderMoment, reminderShown, reminderSnoozed, NO_REMINDER_STATE, type ReminderState, type ReminderToday, type ReminderDecision,
} from './timer/reminder';
export { nextReviewDate, reviewCounts, type ReviewCounts } from './review/reviewStats';
export { wrapText } from './text/wrap';
export { closestName, typoDistance } from './text/closestName';
export { isThematicBreakAt } from './grammar/blockSyntax';
export { clip } from './text/clip';
