/**
 * The step editor of one workflow: the steps in order, each editable, moved up or down, inserted or
 * removed through the pure list operations of step-list.ts, with the running total against the legal time.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import type { Duration } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { AllotmentTotal } from './AllotmentTotal';
import { allotmentBudget, insertStepAfter, moveItem, removeStep, type EditedStep } from './step-list';
import { StepRow } from './StepRow';

interface Props {
  workflowIndex: number;
  disabled: boolean;
  /** Called after a list operation (they bypass the form's own change events). */
  onChanged: () => void;
}

/** The running total of one workflow; the only part that re-renders while someone types a time. */
function StepTotal({ path }: { path: (string | number)[] }) {
  const form = Form.useFormInstance();
  const steps = (Form.useWatch(path, form) as EditedStep[] | undefined) ?? [];
  const processingTime = Form.useWatch('processingTime', form) as Partial<Duration> | undefined;
  return <AllotmentTotal budget={allotmentBudget(steps, processingTime)} processingTime={processingTime} />;
}

export function StepEditor({ workflowIndex, disabled, onChanged }: Props) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const path = ['workflows', workflowIndex, 'steps'];

  const update = (change: (current: EditedStep[]) => EditedStep[]) => {
    const current = (form.getFieldValue(path) as EditedStep[] | undefined) ?? [];
    form.setFieldValue(path, change(current));
    onChanged();
  };

  return (
    <>
      <Form.List name={path}>
        {(fields) =>
          fields.map((field, index) => (
            <StepRow
              key={field.key}
              name={field.name}
              index={index}
              count={fields.length}
              disabled={disabled}
              onMove={(direction) => update((current) => moveItem(current, index, index + direction))}
              onInsertAfter={() => update((current) => insertStepAfter(current, index))}
              onRemove={() => update((current) => removeStep(current, index))}
            />
          ))
        }
      </Form.List>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          disabled={disabled}
          onClick={() => update((current) => insertStepAfter(current, current.length - 1))}
          data-testid="step-add"
        >
          {t('proc.edit.addStep')}
        </Button>
        <StepTotal path={path} />
      </Flex>
    </>
  );
}
