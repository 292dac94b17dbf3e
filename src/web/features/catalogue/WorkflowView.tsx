/**
 * The internal workflow ("quy trình nội bộ — 4 rõ"): for every step, who (unit and role), what (task),
 * how long (allotted working time) and what comes out (result); one tab per workflow when there are several.
 */
import { Table, Tabs, Tag, Typography } from 'antd';
import type { ProcedureDefinition, Step, Workflow } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { roleLabel } from '../../app/i18n/labels';
import { formatDuration, formatWorkingMinutes } from '../procedures/procedure-format';
import { stepUnitKindLabel } from '../procedures/procedure-labels';
import { allotmentBudget } from '../procedures/step-list';

function StepsTable({ workflow, definition }: { workflow: Workflow; definition: ProcedureDefinition }) {
  const { t, locale } = useI18n();
  const budget = allotmentBudget(workflow.steps, definition.processingTime);
  return (
    <Table<Step>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={workflow.steps}
      scroll={{ x: 900 }}
      data-testid="workflow-steps"
      columns={[
        { key: 'n', title: t('proc.step.number'), width: 64, align: 'center', render: (_v, _s, i) => i + 1 },
        {
          key: 'task',
          title: t('proc.step.task'),
          render: (_value, step) => (
            <>
              <div>{step.task}</div>
              {step.consult && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('catalogue.step.consult', {
                    agency: step.consult.agency,
                    time: formatDuration(step.consult.allotted, t, locale),
                  })}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          key: 'unit',
          title: t('proc.step.unitName'),
          width: 200,
          render: (_value, step) => (
            <>
              <div>{step.unitName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {stepUnitKindLabel(t, step.unitKind)}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'role',
          title: t('proc.step.role'),
          width: 170,
          render: (_value, step) => roleLabel(step.role, locale),
        },
        {
          key: 'time',
          title: t('proc.step.allotted'),
          width: 140,
          render: (_value, step) => formatDuration(step.allotted, t, locale),
        },
        { key: 'result', title: t('proc.step.result'), dataIndex: 'result', width: 260 },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4} align="right">
            <Typography.Text strong>{t('catalogue.workflow.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1}>
            <Typography.Text strong data-testid="workflow-total">
              {formatWorkingMinutes(budget.used, t, locale)}
            </Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2}>
            {t('catalogue.workflow.legal', {
              time: formatDuration(definition.processingTime, t, locale),
            })}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export function WorkflowView({ definition }: { definition: ProcedureDefinition }) {
  const { t } = useI18n();
  const intro = <Typography.Paragraph type="secondary">{t('catalogue.workflow.intro')}</Typography.Paragraph>;
  const [only] = definition.workflows;
  if (definition.workflows.length === 1 && only) {
    return (
      <>
        {intro}
        <StepsTable workflow={only} definition={definition} />
      </>
    );
  }
  return (
    <>
      {intro}
      <Tabs
        defaultActiveKey={definition.defaultWorkflowId}
        items={definition.workflows.map((workflow) => ({
          key: workflow.id,
          label: (
            <>
              {workflow.name}{' '}
              {workflow.id === definition.defaultWorkflowId && <Tag>{t('catalogue.workflow.default')}</Tag>}
            </>
          ),
          children: <StepsTable workflow={workflow} definition={definition} />,
        }))}
      />
    </>
  );
}
