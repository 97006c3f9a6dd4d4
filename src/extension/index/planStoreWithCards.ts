import { buildPlan, parseForTyping, prepareReviewCards, PlanStore, reparsePlan, type ParsedPlan, type PlanDocument } from '../../core';

/** The index's store: every parse (full, while typing, incremental) keeps the plan's review cards with its model. */
export function createPlanStore(): PlanStore {
  return new PlanStore(parseKeepingReviewCards, {
    parse: (document) => withReviewCards(parseForTyping(document), document),
    reparse: (previous, document, changes) => withReviewCards(reparsePlan(previous, document, changes), document),
  });
}

/**
 * The index's one parse. It keeps what the plan's review cards need of its text with the model (the index
 * keeps no text but a document's being typed in, until it is saved, and the review badge must not read files again): one walk of the model for a plan without
 * review material, a read of the done days' fields and learnings sections for one with.
 */
function parseKeepingReviewCards(document: PlanDocument): ParsedPlan {
  return withReviewCards(buildPlan(document), document);
}

function withReviewCards(plan: ParsedPlan, document: PlanDocument): ParsedPlan {
  if (plan.isPlan) prepareReviewCards(plan, document.getText());
  return plan;
}
