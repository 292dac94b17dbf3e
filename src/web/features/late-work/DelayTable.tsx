/** How long each step took against its allotted working time, and how much of the lateness was outside. */
import { Table, Tag, Typography } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import type { DossierLateWork } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';
import { useDuration } from './useDuration';

type Period = DossierLateWork['delay']['periods'][number];

export function DelayTable({
  delay,
  periods,
}: {
  delay: DossierLateWork['delay'];
  periods: Dossier['periods'];
}) {
  const { t } = useLateWorkI18n();
  const duration = useDuration();
  return (
    <>
      <Table<Period>
        size="small"
        rowKey="periodIndex"
        pagination={false}
        dataSource={delay.periods}
        data-testid="delay-table"
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'step',
            title: t('delay.step'),
            render: (_, p) => (
              <>
                {periods[p.periodIndex]?.task ?? p.stepId}
                {p.outside && (
                  <Tag style={{ marginInlineStart: 8 }} color="default">
                    {t('delay.outside')}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'holder', title: t('delay.holder'), render: (_, p) => p.holderName ?? '—' },
          { key: 'allotted', title: t('delay.allotted'), render: (_, p) => duration(p.allottedMinutes) },
          { key: 'used', title: t('delay.used'), render: (_, p) => duration(p.usedMinutes) },
          {
            key: 'overrun',
            title: t('delay.overrun'),
            render: (_, p) =>
              p.overrunMinutes > 0 ? (
                <Typography.Text type="danger">{duration(p.overrunMinutes)}</Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('delay.summary', {
          inside: duration(delay.insideOverrunMinutes),
          outside: duration(delay.outsideOverrunMinutes),
        })}
      </Typography.Paragraph>
    </>
  );
}
