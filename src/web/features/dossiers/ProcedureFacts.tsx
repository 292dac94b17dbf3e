/** What the applicant should know of the chosen procedure: legal time (of the case), fees, authority, result. */
import { Descriptions, Space, Typography } from 'antd';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
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
  const fees = definition.fees.filter((fee) => fee.amount > 0);
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
              {fees.length === 0
                ? t('intake.facts.noFee')
                : fees.map((fee) => (
                    <Typography.Text key={fee.name}>
                      {fee.name}: <strong>{formatMoney(fee.amount)}</strong>
                    </Typography.Text>
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
