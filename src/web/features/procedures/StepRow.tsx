/**
 * One step of the workflow editor, with its "4 rõ": task (việc), unit and role (người), allotted working
 * time (thời gian) and result (kết quả), plus the actions allowed at that step; move up/down and remove.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Space, Tooltip, Typography } from 'antd';
import { STEP_ACTIONS, STEP_UNIT_KINDS } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { roleLabel } from '../../app/i18n/labels';
import { requiredRule } from '../../app/i18n/rules';
import { STEP_ROLES, stepActionLabel, stepUnitKindLabel, timeUnitLabel } from './procedure-labels';

/** The number as typed, without the trailing ".0" the half-unit step would add. */
function plainNumber(
  value: number | string | undefined,
  info: { userTyping: boolean; input: string },
): string {
  if (info.userTyping) return info.input;
  return value === undefined || value === '' ? '' : String(Number(value));
}

interface Props {
  /** The field name of the step inside its Form.List. */
  name: number;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (direction: -1 | 1) => void;
  onInsertAfter: () => void;
  onRemove: () => void;
}

export function StepRow({ name, index, count, disabled, onMove, onInsertAfter, onRemove }: Props) {
  const { t, locale } = useI18n();
  const item = { style: { marginBottom: 12 } };
  return (
    <div
      data-testid={`step-row-${index}`}
      style={{ border: '1px solid #e5e7eb', borderRadius: 8, padding: '8px 12px 0', marginBottom: 12 }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('proc.step.title', { n: index + 1 })}</Typography.Text>
        <Space size={4}>
          <Tooltip title={t('proc.edit.moveUp')}>
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={t('proc.edit.moveUp')}
              disabled={disabled || index === 0}
              onClick={() => onMove(-1)}
              data-testid="step-move-up"
            />
          </Tooltip>
          <Tooltip title={t('proc.edit.moveDown')}>
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={t('proc.edit.moveDown')}
              disabled={disabled || index === count - 1}
              onClick={() => onMove(1)}
              data-testid="step-move-down"
            />
          </Tooltip>
          <Tooltip title={t('proc.edit.insertStep')}>
            <Button
              size="small"
              icon={<PlusOutlined />}
              aria-label={t('proc.edit.insertStep')}
              disabled={disabled}
              onClick={onInsertAfter}
              data-testid="step-insert"
            />
          </Tooltip>
          <Tooltip title={t('proc.edit.removeStep')}>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('proc.edit.removeStep')}
              disabled={disabled || count <= 1}
              onClick={onRemove}
              data-testid="step-remove"
            />
          </Tooltip>
        </Space>
      </Flex>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Form.Item
            {...item}
            name={[name, 'task']}
            label={t('proc.step.task')}
            rules={[requiredRule(t, t('proc.step.task'))]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="step-task" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item {...item} name={[name, 'unitKind']} label={t('proc.step.unitKind')}>
            <Select
              options={STEP_UNIT_KINDS.map((kind) => ({ value: kind, label: stepUnitKindLabel(t, kind) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item
            {...item}
            name={[name, 'unitName']}
            label={t('proc.step.unitName')}
            rules={[requiredRule(t, t('proc.step.unitName'))]}
          >
            <Input data-testid="step-unit-name" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item {...item} name={[name, 'role']} label={t('proc.step.role')}>
            <Select
              options={STEP_ROLES.map((role) => ({ value: role, label: roleLabel(role, locale) }))}
              data-testid="step-role"
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item {...item} label={t('proc.step.allotted')} required>
            <Flex gap={8}>
              <Form.Item name={[name, 'allotted', 'value']} noStyle>
                <InputNumber
                  min={0.25}
                  max={2000}
                  step={0.5}
                  formatter={plainNumber}
                  style={{ width: 90 }}
                  aria-label={t('proc.edit.allottedValue', { n: index + 1 })}
                  data-testid="step-allotted-value"
                />
              </Form.Item>
              <Form.Item name={[name, 'allotted', 'unit']} noStyle>
                <Select
                  style={{ flex: 1, minWidth: 120 }}
                  aria-label={t('proc.edit.allottedUnit', { n: index + 1 })}
                  options={(['working_hours', 'working_days'] as const).map((unit) => ({
                    value: unit,
                    label: timeUnitLabel(t, unit),
                  }))}
                  data-testid="step-allotted-unit"
                />
              </Form.Item>
            </Flex>
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            {...item}
            name={[name, 'result']}
            label={t('proc.step.result')}
            rules={[requiredRule(t, t('proc.step.result'))]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="step-result" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            {...item}
            name={[name, 'actions']}
            label={t('proc.step.actions')}
            rules={[requiredRule(t, t('proc.step.actions'), 'select-many')]}
          >
            <Select
              mode="multiple"
              options={STEP_ACTIONS.map((action) => ({ value: action, label: stepActionLabel(t, action) }))}
              data-testid="step-actions"
            />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
