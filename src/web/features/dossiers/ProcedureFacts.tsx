/** What the applicant should know of the chosen procedure: legal time (of the case), fees, authority, result. */
import { Descriptions, Space, Typography } from 'antd';
import type { Fee, ProcedureDefinition } from '../../../domain/procedures/definition';
import { FEE_UNIT_LABELS, listFeeGroups } from '../../../domain/procedures/fees';
import { processingTimeFor } from '../../../domain/procedures/validate';
import { formatMoney } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

export function ProcedureFacts({
  definition,
  variantId,
}: {
  definition: ProcedureDefinition;
  variantId: string | null;
}) {
  const { t } = useDossierI18n();
  const time = processingTimeFor(definition, variantId);
  const owed = definition.fees.filter((fee) => fee.group === undefined && (fee.amount > 0 || fee.rates));
  const groups = listFeeGroups(definition.fees);
  const priceOf = (fee: Fee) =>
    fee.per && fee.per !== 'dossier'
      ? t('intake.facts.perUnit', { amount: formatMoney(fee.amount), unit: FEE_UNIT_LABELS[fee.per] })
      : formatMoney(fee.amount);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="procedure-facts"
      items={[
        {
          key: 'time',
          label: t('intake.facts.time'),
          children: (
            <span data-testid="procedure-time">{t(`duration.${time.unit}`, { value: time.value })}</span>
          ),
        },
        {
          key: 'fees',
          label: t('intake.facts.fees'),
          children: (
            <Space orientation="vertical" size={0} data-testid="procedure-fees">
              {owed.length === 0 && groups.length === 0 && t('intake.facts.noFee')}
              {owed.map((fee) => (
                <Typography.Text key={fee.name}>
                  {fee.name}: <strong>{priceOf(fee)}</strong>
                  {fee.note ? <Typography.Text type="secondary"> ({fee.note})</Typography.Text> : null}
                </Typography.Text>
              ))}
              {groups.map(({ group, lines }) => (
                <Space key={group} orientation="vertical" size={0}>
                  <Typography.Text type="secondary">{t('intake.facts.oneOf')}:</Typography.Text>
                  {lines.map(({ key, fee }) => (
                    <Typography.Text key={key}>
                      – {fee.name}: <strong>{priceOf(fee)}</strong>
                    </Typography.Text>
                  ))}
                </Space>
              ))}
            </Space>
          ),
        },
        { key: 'authority', label: t('intake.facts.authority'), children: definition.competentAuthority },
        { key: 'result', label: t('intake.facts.result'), children: definition.resultType },
      ]}
    />
  );
}
