/**
 * The fee part of intake: the tier of each group of alternatives (one of them, never their sum), the
 * quantities per-unit lines need (pages, copies, sheets), and an exemption or reduction with its legal basis.
 * The amount owed is computed live by the same pure rule the server applies.
 */
import { Checkbox, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Fee } from '../../../domain/procedures/definition';
import { computeFees, listFeeGroups, listFeeQuantityUnits } from '../../../domain/procedures/fees';
import { requiredRule } from '../../app/i18n/rules';
import { formatMoney, toFeeSelection, type FeeFormValues } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

/** The amount owed for the values so far, or null while a tier or quantity is missing. */
function owedFor(fees: readonly Fee[], values: FeeFormValues | undefined): number | null {
  try {
    return computeFees([...fees], toFeeSelection(values)).total;
  } catch {
    return null;
  }
}

export function FeeSelectionFields({ fees }: { fees: readonly Fee[] }) {
  const { t } = useDossierI18n();
  const form = Form.useFormInstance();
  const values = Form.useWatch('fees', form) as FeeFormValues | undefined;
  const groups = listFeeGroups([...fees]);
  const units = listFeeQuantityUnits([...fees]);
  if (fees.length === 0) return null;
  const owed = owedFor(fees, values);
  return (
    <Flex vertical gap={0} data-testid="fee-selection">
      {groups.map(({ group, lines }) => (
        <Form.Item
          key={group}
          name={['fees', 'choices', group]}
          label={t('fees.tier')}
          rules={[requiredRule(t, t('fees.tier'), 'select')]}
        >
          <Select
            placeholder={t('fees.tier.placeholder')}
            options={lines.map(({ key, fee }) => ({
              value: key,
              label: `${fee.condition ?? fee.name}: ${formatMoney(fee.amount)}`,
            }))}
            data-testid={`fee-tier-${group}`}
          />
        </Form.Item>
      ))}
      {units.map((unit) => (
        <Form.Item
          key={unit}
          name={['fees', 'quantities', unit]}
          label={t(`fees.quantity.${unit}`)}
          initialValue={unit === 'copy' ? 1 : undefined}
          rules={[{ ...requiredRule(t, t(`fees.quantity.${unit}`)), type: 'number', whitespace: false }]}
        >
          <InputNumber min={1} max={10000} precision={0} data-testid={`fee-quantity-${unit}`} />
        </Form.Item>
      ))}
      <Form.Item name={['fees', 'exempt']} valuePropName="checked">
        <Checkbox data-testid="fee-exempt">{t('fees.exempt')}</Checkbox>
      </Form.Item>
      {values?.exempt && (
        <Flex gap={12} wrap>
          <Form.Item
            name={['fees', 'exemption', 'reason']}
            label={t('fees.exempt.reason')}
            rules={[requiredRule(t, t('fees.exempt.reason'))]}
            style={{ flex: '1 1 240px' }}
          >
            <Input maxLength={300} data-testid="fee-exempt-reason" />
          </Form.Item>
          <Form.Item
            name={['fees', 'exemption', 'legalBasis']}
            label={t('fees.exempt.legalBasis')}
            rules={[requiredRule(t, t('fees.exempt.legalBasis'))]}
            style={{ flex: '1 1 240px' }}
          >
            <Input maxLength={300} data-testid="fee-exempt-basis" />
          </Form.Item>
          <Form.Item
            name={['fees', 'exemption', 'percent']}
            label={t('fees.exempt.percent')}
            initialValue={100}
            rules={[{ ...requiredRule(t, t('fees.exempt.percent')), type: 'number', whitespace: false }]}
          >
            <InputNumber min={1} max={100} precision={0} data-testid="fee-exempt-percent" />
          </Form.Item>
        </Flex>
      )}
      <Typography.Text data-testid="fee-owed">
        {t('fees.total')}: <strong>{owed === null ? t('fees.incomplete') : formatMoney(owed)}</strong>
      </Typography.Text>
    </Flex>
  );
}
