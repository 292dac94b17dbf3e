/** The workflows of a procedure, one tab each (the default one marked), every tab with its step editor. */
import { Form, Input, Tabs, Tag } from 'antd';
import type { Workflow } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { StepEditor } from './StepEditor';

interface Props {
  /** How many workflows the procedure has (the editor changes steps, not the set of workflows). */
  count: number;
  disabled: boolean;
  onChanged: () => void;
}

/** A tab's title: the workflow's name as typed, marked when it is the default one. */
function WorkflowTabLabel({ index }: { index: number }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const name = Form.useWatch(['workflows', index, 'name'], form) as Workflow['name'] | undefined;
  const id = Form.useWatch(['workflows', index, 'id'], form) as Workflow['id'] | undefined;
  const defaultId = Form.useWatch('defaultWorkflowId', form) as string | undefined;
  return (
    <span data-testid={`workflow-tab-${index}`}>
      {name || t('proc.path.workflow', { n: index + 1 })}{' '}
      {id !== undefined && id === defaultId && <Tag color="blue">{t('catalogue.workflow.default')}</Tag>}
    </span>
  );
}

export function WorkflowsEditor({ count, disabled, onChanged }: Props) {
  const { t } = useI18n();
  return (
    <Tabs
      data-testid="workflow-tabs"
      items={Array.from({ length: count }, (_unused, index) => {
        return {
          key: String(index),
          forceRender: true,
          label: <WorkflowTabLabel index={index} />,
          children: (
            <>
              <Form.Item
                name={['workflows', index, 'name']}
                label={t('proc.edit.workflowName')}
                rules={[requiredRule(t, t('proc.edit.workflowName'))]}
                style={{ maxWidth: 640 }}
              >
                <Input />
              </Form.Item>
              <StepEditor workflowIndex={index} disabled={disabled} onChanged={onChanged} />
            </>
          ),
        };
      })}
    />
  );
}
