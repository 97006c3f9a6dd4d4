import * as vscode from 'vscode';

/** What the error message calls a command (the palette titles, in English; translated through l10n). */
const TITLES: Record<string, () => string> = {
  'learningPlans.refresh': () => vscode.l10n.t('Refresh'),
  'learningPlans.openNode': () => vscode.l10n.t('Open in Editor'),
  'learningPlans.openLink': () => vscode.l10n.t('Open Link'),
  'learningPlans.toggleTask': () => vscode.l10n.t('Toggle Task'),
  'learningPlans.markDayComplete': () => vscode.l10n.t('Mark Day Complete'),
  'learningPlans.markDayIncomplete': () => vscode.l10n.t('Mark Day Incomplete'),
  'learningPlans.goToToday': () => vscode.l10n.t('Go to Today'),
  'learningPlans.markTodayComplete': () => vscode.l10n.t('Mark Today Complete'),
  'learningPlans.setActivePlan': () => vscode.l10n.t('Set Active Plan'),
  'learningPlans.showProgress': () => vscode.l10n.t('Show Progress'),
  'learningPlans.openDayResources': () => vscode.l10n.t('Open Day Resources'),
  'learningPlans.scaffoldLab': () => vscode.l10n.t('Scaffold Lab for Day'),
  'learningPlans.repairTextEncoding': () => vscode.l10n.t('Repair Text Encoding'),
  'learningPlans.createSamplePlan': () => vscode.l10n.t('Create Sample Plan'),
  'learningPlans.getStarted': () => vscode.l10n.t('Get Started'),
  'learningPlans.revealNode': () => vscode.l10n.t('Reveal in Editor'),
  'learningPlans.openTreeSelection': () => vscode.l10n.t('Open Selected Item'),
  'learningPlans.hideCompleted': () => vscode.l10n.t('Hide Completed'),
  'learningPlans.showCompleted': () => vscode.l10n.t('Show Completed'),
  'learningPlans.showOnlyTodaysPlan': () => vscode.l10n.t('Show Only Today\'s Plan'),
  'learningPlans.showAllPlans': () => vscode.l10n.t('Show All Plans'),
  'learningPlans.undoLastEdit': () => vscode.l10n.t('Undo Last Edit'),
  'learningPlans.catchUp': () => vscode.l10n.t('Catch Up...'),
  'learningPlans.restToday': () => vscode.l10n.t('Take a Rest Day...'),
  'learningPlans.startTimer': () => vscode.l10n.t('Start Study Timer'),
  'learningPlans.stopTimer': () => vscode.l10n.t('Stop Study Timer'),
  'learningPlans.timerActions': () => vscode.l10n.t('Study Timer...'),
  'learningPlans.applyPreview': () => vscode.l10n.t('Apply Previewed Change'),
  'learningPlans.discardPreview': () => vscode.l10n.t('Discard Previewed Change'),
  'learningPlans.reviewDueCards': () => vscode.l10n.t('Review Due Cards'),
  'learningPlans.createProgressWorkflow': () => vscode.l10n.t('Create Progress Workflow'),
  'learningPlans.openLocation': () => vscode.l10n.t('Open in Plan'),
};

export function commandTitle(id: string): string {
  return TITLES[id]?.() ?? id;
}
