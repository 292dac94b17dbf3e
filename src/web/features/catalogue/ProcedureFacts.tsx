/** The facts of a procedure as the national portal lists them: code, field, authority, level, time, result… */
import { Descriptions, Tag, Typography } from 'antd';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { formatDate } from '../../app/i18n/format';
import { formatDuration } from '../procedures/procedure-format';
import { levelLabel, ONLINE_COLORS, onlineLabel } from '../procedures/procedure-labels';
import type { ProcedureDetail } from '../procedures/procedures.api';

interface Props {
  definition: ProcedureDefinition;
  detail: ProcedureDetail;
}

export function ProcedureFacts({ definition, detail }: Props) {
  const { t, locale } = useI18n();
  const hasOwnTimes = definition.variants.some((variant) => variant.processingTime);
  const current = detail.current;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 240 } }}
      data-testid="procedure-facts"
      items={[
        { key: 'code', label: t('proc.field.code'), children: definition.code },
        { key: 'field', label: t('proc.field.field'), children: definition.field },
        { key: 'authority', label: t('proc.field.authority'), children: definition.competentAuthority },
        { key: 'level', label: t('proc.field.level'), children: levelLabel(t, definition.level) },
        {
          key: 'time',
          label: t('proc.field.processingTime'),
          children: (
            <span data-testid="procedure-time">
              {formatDuration(definition.processingTime, t, locale)}
              {hasOwnTimes && (
                <Typography.Text type="secondary"> — {t('catalogue.time.variants')}</Typography.Text>
              )}
            </span>
          ),
        },
        {
          key: 'online',
          label: t('proc.field.onlineLevel'),
          children: (
            <Tag color={ONLINE_COLORS[definition.onlineLevel]}>{onlineLabel(t, definition.onlineLevel)}</Tag>
          ),
        },
        { key: 'result', label: t('proc.field.resultType'), children: definition.resultType },
        {
          key: 'receipt',
          label: t('proc.field.issuesReceipt'),
          children: definition.issuesReceipt ? t('catalogue.receipt.yes') : t('catalogue.receipt.no'),
        },
        {
          key: 'supplement',
          label: t('proc.field.supplementMode'),
          // a pause without its legal basis is not applied: the dossier restarts (domain.md §5)
          children:
            definition.supplementMode === 'pause' && definition.supplementPauseBasis
              ? `${t('proc.supplement.pause')} (${definition.supplementPauseBasis})`
              : t('proc.supplement.restart'),
        },
        {
          key: 'basis',
          label: t('proc.field.legalBasis'),
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {definition.legalBasis.map((basis) => (
                <li key={basis}>{basis}</li>
              ))}
            </ul>
          ),
        },
        {
          key: 'offered',
          label: t('catalogue.offeredBy'),
          children: detail.offeredBy.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="procedure-offered-by">
              {detail.offeredBy.map((unit) => (
                <li key={unit.unitId}>{unit.unitName}</li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary" data-testid="procedure-offered-by">
              {t('catalogue.offeredBy.none')}
            </Typography.Text>
          ),
        },
        ...(current
          ? [
              {
                key: 'version',
                label: t('catalogue.version'),
                children: t('catalogue.version.text', {
                  number: current.number,
                  date: formatDate(current.effectiveFrom ?? current.publishedAt),
                }),
              },
            ]
          : []),
      ]}
    />
  );
}
