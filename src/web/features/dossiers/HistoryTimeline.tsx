/** The dossier's history, oldest first: when, what, by whom, and any reason or note. */
import { Flex, Timeline, Typography } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import { formatDateTime } from '../../app/i18n/format';
import { actionLabel } from './dossier-labels';
import { useDossierI18n } from './dossiers.messages';

const COLORS: Partial<Record<Dossier['history'][number]['type'], string>> = {
  reject: 'red',
  refuse: 'red',
  stop: 'red',
  request_supplement: 'orange',
  return: 'orange',
  return_result: 'green',
};

export function HistoryTimeline({ history }: { history: Dossier['history'] }) {
  const { t, locale } = useDossierI18n();
  return (
    <Timeline
      data-testid="history"
      items={history.map((entry) => ({
        key: entry.seq,
        color: COLORS[entry.type] ?? 'blue',
        content: (
          <Flex vertical gap={2} data-testid="history-entry">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(entry.at)}
            </Typography.Text>
            <Typography.Text strong>
              {actionLabel(entry.type, locale)}
              {entry.actorName && (
                <Typography.Text type="secondary">
                  {' '}
                  {t('history.by', { name: entry.actorName })}
                </Typography.Text>
              )}
            </Typography.Text>
            {entry.note && <Typography.Text type="secondary">{entry.note}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}
