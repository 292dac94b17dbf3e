/**
 * Fees and charges of a procedure; lines of one group are marked "một trong các mức" (only one is charged),
 * per-unit lines say what they are counted by, and the total is a range when there are alternatives.
 */
import { Table, Typography } from 'antd';
import type { Fee } from '../../../domain/procedures/definition';
import { FEE_UNIT_LABELS, feeRange } from '../../../domain/procedures/fees';
import { useI18n } from '../../app/i18n/context';
import { formatFeeRange, formatVnd } from '../procedures/procedure-format';

export function FeesTable({ fees }: { fees: readonly Fee[] }) {
  const { t, locale } = useI18n();
  if (fees.length === 0) {
    return <Typography.Text data-testid="procedure-fees">{t('catalogue.fees.none')}</Typography.Text>;
  }
  const range = feeRange([...fees]);
  const kindOf = (fee: Fee) =>
    [
      fee.group !== undefined ? t('catalogue.fees.oneOf') : null,
      fee.per && fee.per !== 'dossier'
        ? t('catalogue.fees.perUnit', { unit: FEE_UNIT_LABELS[fee.per] })
        : null,
    ]
      .filter(Boolean)
      .join('; ');
  return (
    <Table<Fee>
      rowKey={(fee) => fee.id ?? fee.name}
      size="small"
      pagination={false}
      dataSource={[...fees]}
      data-testid="procedure-fees"
      columns={[
        { key: 'name', title: t('catalogue.col.fee'), dataIndex: 'name' },
        {
          key: 'amount',
          title: t('proc.fee.amount'),
          width: 160,
          align: 'right',
          render: (_value, fee) => (fee.amount === 0 ? t('proc.fee.free') : formatVnd(fee.amount, locale)),
        },
        { key: 'kind', title: t('catalogue.col.feeKind'), width: 160, render: (_value, fee) => kindOf(fee) },
        { key: 'note', title: t('proc.fee.note'), render: (_value, fee) => fee.note ?? '' },
      ]}
      summary={() =>
        fees.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('catalogue.fees.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong>{formatFeeRange(range.min, range.max, t, locale)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={2} />
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
