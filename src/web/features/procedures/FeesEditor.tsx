/**
 * The fees list of the editor: name, amount in đồng, note, and folded under each line its group,
 * condition, unit, rates and cap; add and remove, with the running total (a group counts as its range).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import type { Fee } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { feeRange } from '../../../domain/procedures/fees';
import { formatFeeRange, groupDigits } from './procedure-format';
import { FeeLineDetails } from './FeeLineDetails';

/** The fees total, the only part that re-renders while an amount is typed. */
function FeeTotal() {
  const { t, locale } = useI18n();
  const form = Form.useFormInstance();
  const fees = (Form.useWatch('fees', form) as Partial<Fee>[] | undefined) ?? [];
  // alternatives (a group) count once: the total is their range, never their sum
  const { min, max } = feeRange(
    fees.map((fee) => ({
      ...fee,
      name: fee.name ?? '',
      amount: typeof fee.amount === 'number' && Number.isFinite(fee.amount) ? fee.amount : 0,
    })),
  );
  return (
    <Typography.Text strong>
      {t('catalogue.fees.total')}: {formatFeeRange(min, max, t, locale)}
    </Typography.Text>
  );
}

export function FeesEditor() {
  const { t } = useI18n();
  return (
    <Form.List name="fees">
      {(fields, { add, remove }) => (
        <>
          {fields.length > 0 && (
            <Row gutter={8} style={{ marginBottom: 4 }}>
              <Col flex="auto">
                <Typography.Text type="secondary">{t('catalogue.col.fee')}</Typography.Text>
              </Col>
              <Col flex="180px">
                <Typography.Text type="secondary">{t('proc.fee.amount')}</Typography.Text>
              </Col>
              <Col flex="auto">
                <Typography.Text type="secondary">{t('proc.fee.note')}</Typography.Text>
              </Col>
              <Col flex="32px" />
            </Row>
          )}
          {fields.map((field) => (
            <div key={field.key}>
              <Row gutter={8} data-testid="fee-row" wrap={false}>
                <Col flex="auto">
                  <Form.Item name={[field.name, 'name']} rules={[requiredRule(t, t('catalogue.col.fee'))]}>
                    <Input aria-label={t('catalogue.col.fee')} />
                  </Form.Item>
                </Col>
                <Col flex="180px">
                  <Form.Item name={[field.name, 'amount']}>
                    <InputNumber<number>
                      min={0}
                      step={1000}
                      suffix="đ"
                      style={{ width: '100%' }}
                      formatter={groupDigits}
                      parser={(text) => Number((text ?? '').replace(/\D/g, ''))}
                      aria-label={t('proc.fee.amount')}
                    />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[field.name, 'note']}>
                    <Input aria-label={t('proc.fee.note')} />
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
              <FeeLineDetails name={field.name} />
            </div>
          ))}
          <Row justify="space-between" align="middle">
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', amount: 0 })}>
              {t('proc.edit.addFee')}
            </Button>
            <FeeTotal />
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('proc.fee.exemptionNote')}
          </Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
