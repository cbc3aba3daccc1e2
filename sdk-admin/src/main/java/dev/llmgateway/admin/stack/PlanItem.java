package dev.llmgateway.admin.stack;

/**
 * A row of the plan and the step that carries it out.
 *
 * @param change the row
 * @param step the step apply runs for it
 */
record PlanItem(PlannedChange change, Step step) {}
