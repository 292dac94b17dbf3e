/**
 * The less common parts of one fee line, folded under it: the group of alternatives ("một trong các mức")
 * and when the line applies, what it is counted per (page, copy, …), its rates by tier and its legal cap.
 * The server checks the meaning (fee-rules.ts) and its problems land on these inputs.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Collapse, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { FEE_UNITS, type Fee } from '../../../domain/procedures/definition';
import { FEE_UNIT_LABELS } from '../../../domain/procedures/fees';
import { useI18n } from '../../app/i18n/context';
import { groupDigits } from './procedure-format';

const GROUP_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

function MoneyInput(props: { label: string; value?: number; onChange?: (value: number | null) => void }) {
  return (
    <InputNumber<number>
      {...props}
      min={0}
      step={1000}
      suffix="đ"
      style={{ width: '100%' }}
      formatter={groupDigits}
      parser={(text) => Number((text ?? '').replace(/\D/g, ''))}
      aria-label={props.label}
    />
  );
}

/** Rates by tier of a line counted per unit: "from the 3rd page on, 1.000 đ a page". */
function RatesList({ name, unit }: { name: number; unit: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={[name, 'rates']}>
      {(fields, { add, remove }) => (
        <Form.Item label={t('proc.fee.rates')} style={{ marginBottom: 0 }}>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} wrap={false} data-testid="fee-rate-row">
              <Col flex="160px">
                <Form.Item
                  name={[field.name, 'fromUnit']}
                  rules={[{ type: 'integer', min: 2, message: t('proc.fee.fromInvalid') }]}
                >
                  <InputNumber<number>
                    min={2}
                    style={{ width: '100%' }}
                    placeholder={t('proc.fee.rate.from', { unit })}
                    aria-label={t('proc.fee.rate.from', { unit })}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[field.name, 'amount']}>
                  <MoneyInput label={t('proc.fee.rate.amount', { unit })} />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('proc.edit.remove')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ fromUnit: 2, amount: 0 })}
            data-testid="fee-add-rate"
          >
            {t('proc.fee.addRate')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

export function FeeLineDetails({ name }: { name: number }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const fee = (Form.useWatch(['fees', name], form) as Partial<Fee> | undefined) ?? {};
  const per = fee.per ?? 'dossier';
  const hasRates = (fee.rates?.length ?? 0) > 0;
  // rates apply only to a line counted per unit: switching back to "per dossier" drops them
  useEffect(() => {
    if (per === 'dossier' && hasRates) form.setFieldValue(['fees', name, 'rates'], undefined);
  }, [form, name, per, hasRates]);
  const summary = [
    fee.group ? `${t('proc.fee.group')}: ${fee.group}` : null,
    per !== 'dossier' ? `${t('proc.fee.per')} ${FEE_UNIT_LABELS[per]}` : null,
    fee.max !== undefined && fee.max !== null ? `${t('proc.fee.max')}: ${groupDigits(fee.max)} đ` : null,
  ].filter(Boolean);
  const body = (
    <>
      <Row gutter={8}>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'group']}
            label={t('proc.fee.group')}
            tooltip={t('proc.fee.group.hint')}
            normalize={(value: string) => (value ? value : undefined)}
            rules={[{ pattern: GROUP_KEY, message: t('proc.fee.groupInvalid') }]}
          >
            <Input maxLength={40} placeholder="vd: muc_thu" data-testid="fee-group" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name={[name, 'condition']}
            label={t('proc.fee.condition')}
            normalize={(value: string) => (value ? value : undefined)}
          >
            <Input maxLength={300} data-testid="fee-condition" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={8}>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'per']}
            label={t('proc.fee.per')}
            normalize={(value: string) => (value === 'dossier' ? undefined : value)}
          >
            <Select
              options={FEE_UNITS.map((unit) => ({ value: unit, label: FEE_UNIT_LABELS[unit] }))}
              placeholder={FEE_UNIT_LABELS.dossier}
              allowClear
              data-testid="fee-per"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'max']}
            label={t('proc.fee.max')}
            tooltip={t('proc.fee.max.hint')}
            normalize={(value: number | null) => value ?? undefined}
          >
            <MoneyInput label={t('proc.fee.max')} />
          </Form.Item>
        </Col>
      </Row>
      {per !== 'dossier' && <RatesList name={name} unit={FEE_UNIT_LABELS[per]} />}
    </>
  );
  return (
    <Collapse
      size="small"
      ghost
      style={{ marginTop: -16, marginBottom: 8 }}
      items={[
        {
          key: 'more',
          label: summary.length > 0 ? `${t('proc.fee.more')} — ${summary.join('; ')}` : t('proc.fee.more'),
          children: body,
          forceRender: true,
        },
      ]}
      data-testid="fee-details"
    />
  );
}
