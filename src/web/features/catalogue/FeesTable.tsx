/** Fees and charges of a procedure, with their total; "no fee" when there is nothing to pay. */
import { Table, Typography } from 'antd';
import type { Fee } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { formatFeeTotal, formatVnd, totalFee } from '../procedures/procedure-format';

export function FeesTable({ fees }: { fees: readonly Fee[] }) {
  const { t, locale } = useI18n();
  if (fees.length === 0) {
    return <Typography.Text data-testid="procedure-fees">{t('catalogue.fees.none')}</Typography.Text>;
  }
  return (
    <Table<Fee>
      rowKey={(fee) => fee.name}
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
        { key: 'note', title: t('proc.fee.note'), render: (_value, fee) => fee.note ?? '' },
      ]}
      summary={() =>
        fees.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('catalogue.fees.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong>{formatFeeTotal(totalFee(fees), t, locale)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
