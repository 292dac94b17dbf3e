/**
 * Rules a procedure definition must satisfy beyond its shape: references resolve, every step is reachable,
 * every path ends in a result, and the steps' allotted time fits inside the legal time.
 * Each problem names its exact path and says what is wrong in Vietnamese.
 */
import type { Allotment, Duration, ProcedureDefinition, Workflow } from './definition.js';
import { listFeeIssues } from './fee-rules.js';

export interface DefinitionIssue {
  path: string;
  message: string;
}

export const DEFAULT_WORKING_DAY_MINUTES = 480;

/** Working minutes of a step's allotment (a working day = the length of a full working day). */
export function allotmentMinutes(allotment: Allotment, dayMinutes = DEFAULT_WORKING_DAY_MINUTES): number {
  return Math.round(allotment.unit === 'working_days' ? allotment.value * dayMinutes : allotment.value * 60);
}

/**
 * The most working time a legal duration can hold: exact for working days and hours; a same-day procedure
 * holds one working day; N calendar days hold at most N working days (the calendar decides the real due time).
 */
export function legalTimeCapacityMinutes(
  duration: Duration,
  dayMinutes = DEFAULT_WORKING_DAY_MINUTES,
): number {
  switch (duration.unit) {
    case 'working_days':
    case 'calendar_days':
      return Math.round(duration.value * dayMinutes);
    case 'working_hours':
      return Math.round(duration.value * 60);
    case 'same_day':
      return dayMinutes;
  }
}

/** The workflow a case follows: its variant's, or the procedure's default. */
export function workflowFor(
  definition: ProcedureDefinition,
  variantId?: string | null,
): Workflow | undefined {
  const variant = variantId ? definition.variants.find((v) => v.id === variantId) : undefined;
  const workflowId = variant?.workflowId ?? definition.defaultWorkflowId;
  return definition.workflows.find((w) => w.id === workflowId);
}

/** The legal time of a case: its variant's, or the procedure's. */
export function processingTimeFor(definition: ProcedureDefinition, variantId?: string | null): Duration {
  const variant = variantId ? definition.variants.find((v) => v.id === variantId) : undefined;
  return variant?.processingTime ?? definition.processingTime;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** The step that a forward action from step `index` leads to; null at the end. */
export function nextStepId(workflow: Workflow, index: number): string | null {
  const step = workflow.steps[index];
  if (!step) return null;
  if (step.next !== undefined) return step.next;
  return workflow.steps[index + 1]?.id ?? null;
}

function checkWorkflowGraph(workflow: Workflow, path: string, issues: DefinitionIssue[]): void {
  const ids = workflow.steps.map((s) => s.id);
  for (const id of duplicates(ids))
    issues.push({ path: `${path}.steps`, message: `Mã bước "${id}" bị trùng.` });
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  workflow.steps.forEach((step, index) => {
    if (step.next && !indexOf.has(step.next)) {
      issues.push({
        path: `${path}.steps[${index}].next`,
        message: `Bước tiếp theo "${step.next}" không tồn tại.`,
      });
    }
    if (step.next === step.id) {
      issues.push({
        path: `${path}.steps[${index}].next`,
        message: 'Một bước không thể chuyển tiếp cho chính nó.',
      });
    }
  });
  // walk the forward path from the first step: it must end (no cycle) and visit every step (no orphan)
  const visited = new Set<string>();
  let current: string | null = workflow.steps[0]?.id ?? null;
  let last: string | null = null;
  while (current !== null) {
    if (visited.has(current)) {
      issues.push({
        path: `${path}.steps`,
        message: `Quy trình lặp vô hạn tại bước "${current}": không bao giờ có kết quả.`,
      });
      return;
    }
    visited.add(current);
    last = current;
    const index: number | undefined = indexOf.get(current);
    if (index === undefined) return;
    current = nextStepId(workflow, index);
  }
  workflow.steps.forEach((step, index) => {
    if (!visited.has(step.id)) {
      issues.push({
        path: `${path}.steps[${index}]`,
        message: `Bước "${step.task}" không nằm trên đường xử lý nào (bước mồ côi).`,
      });
    }
  });
  const lastIndex = last === null ? -1 : (indexOf.get(last) ?? -1);
  const lastStep = workflow.steps[lastIndex];
  if (lastStep && !lastStep.actions.some((a) => a === 'forward' || a === 'approve' || a === 'sign')) {
    issues.push({
      path: `${path}.steps[${lastIndex}].actions`,
      message: `Bước cuối "${lastStep.task}" phải cho phép trả kết quả (chuyển tiếp, phê duyệt hoặc ký).`,
    });
  }
}

function checkAllotments(
  workflow: Workflow,
  duration: Duration,
  path: string,
  dayMinutes: number,
  issues: DefinitionIssue[],
): void {
  const total = workflow.steps.reduce((sum, step) => sum + allotmentMinutes(step.allotted, dayMinutes), 0);
  const capacity = legalTimeCapacityMinutes(duration, dayMinutes);
  if (total > capacity) {
    issues.push({
      path,
      message: `Tổng thời gian các bước (${total / 60} giờ làm việc) vượt thời hạn giải quyết (${capacity / 60} giờ làm việc).`,
    });
  }
  workflow.steps.forEach((step, index) => {
    if (
      step.consult &&
      allotmentMinutes(step.consult.allotted, dayMinutes) > allotmentMinutes(step.allotted, dayMinutes)
    ) {
      issues.push({
        path: `${path}.steps[${index}].consult.allotted`,
        message: `Thời gian lấy ý kiến ${step.consult.agency} vượt thời gian của bước "${step.task}".`,
      });
    }
  });
}

/** The declaration form belongs to one of the documents; keys are unique; each choice field has choices. */
function checkDeclaration(definition: ProcedureDefinition, documentIds: string[], issues: DefinitionIssue[]) {
  const form = definition.declaration;
  if (!form) return;
  if (!documentIds.includes(form.documentId))
    issues.push({
      path: 'declaration.documentId',
      message: `Giấy tờ "${form.documentId}" của tờ khai không có.`,
    });
  for (const key of duplicates(form.fields.map((f) => f.key)))
    issues.push({ path: 'declaration.fields', message: `Mã mục tờ khai "${key}" bị trùng.` });
  form.fields.forEach((field, index) => {
    if (field.type === 'select' && (field.options ?? []).length === 0)
      issues.push({
        path: `declaration.fields[${index}].options`,
        message: `Mục "${field.label}" chưa có lựa chọn.`,
      });
  });
}

/** All problems of a definition (empty when it is valid). */
export function validateDefinition(
  definition: ProcedureDefinition,
  dayMinutes = DEFAULT_WORKING_DAY_MINUTES,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const documentIds = definition.documents.map((d) => d.id);
  for (const id of duplicates(documentIds))
    issues.push({ path: 'documents', message: `Mã giấy tờ "${id}" bị trùng.` });
  for (const id of duplicates(definition.variants.map((v) => v.id))) {
    issues.push({ path: 'variants', message: `Mã trường hợp "${id}" bị trùng.` });
  }
  checkDeclaration(definition, documentIds, issues);
  const workflowIds = definition.workflows.map((w) => w.id);
  for (const id of duplicates(workflowIds))
    issues.push({ path: 'workflows', message: `Mã quy trình "${id}" bị trùng.` });
  if (!workflowIds.includes(definition.defaultWorkflowId)) {
    issues.push({
      path: 'defaultWorkflowId',
      message: `Quy trình mặc định "${definition.defaultWorkflowId}" không tồn tại.`,
    });
  }
  definition.variants.forEach((variant, index) => {
    [...variant.extraDocumentIds, ...variant.omittedDocumentIds].forEach((id) => {
      if (!documentIds.includes(id)) {
        issues.push({
          path: `variants[${index}]`,
          message: `Giấy tờ "${id}" của trường hợp "${variant.name}" không có trong danh mục giấy tờ.`,
        });
      }
    });
    if (variant.workflowId && !workflowIds.includes(variant.workflowId)) {
      issues.push({
        path: `variants[${index}].workflowId`,
        message: `Quy trình "${variant.workflowId}" không tồn tại.`,
      });
    }
  });
  issues.push(...listFeeIssues(definition.fees));
  if (definition.supplementMode === 'pause' && !definition.supplementPauseBasis) {
    // domain.md §5: the time limit restarts from zero; a pause needs this procedure's own law
    issues.push({
      path: 'supplementPauseBasis',
      message:
        'Tạm dừng tính thời hạn khi bổ sung hồ sơ chỉ áp dụng khi văn bản pháp luật của thủ tục quy định: cần ghi căn cứ pháp lý (nếu không, thời hạn được tính lại từ đầu).',
    });
  }
  definition.workflows.forEach((workflow, index) =>
    checkWorkflowGraph(workflow, `workflows[${index}]`, issues),
  );
  const cases: { variantId: string | null; path: string }[] = [
    { variantId: null, path: 'processingTime' },
    ...definition.variants.map((v, index) => ({ variantId: v.id, path: `variants[${index}]` })),
  ];
  for (const c of cases) {
    const workflow = workflowFor(definition, c.variantId);
    if (workflow)
      checkAllotments(workflow, processingTimeFor(definition, c.variantId), c.path, dayMinutes, issues);
  }
  return issues;
}
