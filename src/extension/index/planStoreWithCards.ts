import { buildPlan, buildPlanInSteps, parseForTyping, prepareReviewCards, PlanStore, reparsePlan, type ParsedPlan, type PlanDocument } from '../../core';

/** The index's store: every parse (full, in steps, while typing, incremental) keeps the plan's review cards with its model. */
export function createPlanStore(): PlanStore {
  return new PlanStore(
    parseKeepingReviewCards,
    {
      parse: (document) => withReviewCards(parseForTyping(document), document),
      reparse: (previous, document, changes) => withReviewCards(reparsePlan(previous, document, changes), document),
    },
    parseInStepsKeepingReviewCards,
  );
}

/**
 * The index's one parse. It keeps what the plan's review cards need of its text with the model (the index
 * keeps no text but a document's being typed in, until it is saved, and the review badge must not read files again): one walk of the model for a plan without
 * review material, a read of the done days' fields and learnings sections for one with.
 */
function parseKeepingReviewCards(document: PlanDocument): ParsedPlan {
  return withReviewCards(buildPlan(document), document);
}

/**
 * A step of a parse in steps parses this much text: 64 KB (the typing parse's pieces) took a cold extension host
 * 50-60 ms (the first long plan it meets is parsed by code not yet compiled). The model is the same however it is cut.
 */
const STEP_CHARS = 16 * 1024;

function* parseInStepsKeepingReviewCards(document: PlanDocument): Generator<void, ParsedPlan> {
  const plan = yield* buildPlanInSteps(document, { chunkChars: STEP_CHARS });
  yield;
  return withReviewCards(plan, document);
}

function withReviewCards(plan: ParsedPlan, document: PlanDocument): ParsedPlan {
  if (plan.isPlan) prepareReviewCards(plan, document.getText());
  return plan;
}
