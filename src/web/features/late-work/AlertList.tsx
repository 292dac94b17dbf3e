/** Late-work alerts: what was warned about (due soon, overdue, escalation…), when, and for which dossier. */
import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import type { AlertItem } from './late-work.api';
import { lateWorkMessages, useLateWorkI18n, type LateWorkMessageKey } from './late-work.messages';

/** The message key naming an alert kind, or null for a kind the screens do not know. */
export function alertKey(kind: string): LateWorkMessageKey | null {
  const key = `alert.${kind}`;
  return Object.hasOwn(lateWorkMessages, key) ? (key as LateWorkMessageKey) : null;
}

const LEVEL_COLORS = ['gold', 'orange', 'red', 'magenta'];

interface Row {
  key: string;
  kind: string;
  level: number;
  firedAt: string;
  dueAt: string;
  dossier?: { id: string; code: string | null; procedureName: string };
  recipients?: number;
}

/** The person's alerts (with links to the dossiers) or a dossier's alerts (with recipient counts). */
export function AlertList({ rows, testId }: { rows: Row[]; testId: string }) {
  const { t } = useLateWorkI18n();
  if (rows.length === 0) return <Typography.Text type="secondary">{t('alerts.none')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={rows}
      data-testid={testId}
      renderItem={(row) => {
        const key = alertKey(row.kind);
        return (
          <List.Item key={row.key}>
            <List.Item.Meta
              title={
                <>
                  <Tag color={LEVEL_COLORS[Math.min(row.level, LEVEL_COLORS.length - 1)]}>
                    {key ? t(key) : row.kind}
                  </Tag>
                  {row.level > 0 && (
                    <Typography.Text type="secondary">
                      {t('alerts.level', { level: row.level })}
                    </Typography.Text>
                  )}
                </>
              }
              description={
                <>
                  {formatDateTime(row.firedAt)}
                  {row.dossier && (
                    <>
                      {' · '}
                      <Link to={`/dossiers/${row.dossier.id}`}>
                        {row.dossier.code ?? row.dossier.procedureName}
                      </Link>
                    </>
                  )}
                  {row.recipients !== undefined && ` · ${t('alerts.recipients', { count: row.recipients })}`}
                </>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}

/** The rows of the person's own alerts. */
export function rowsOfMyAlerts(items: AlertItem[]): Row[] {
  return items.map((a) => ({
    key: a.id,
    kind: a.kind,
    level: a.level,
    firedAt: a.firedAt,
    dueAt: a.dueAt,
    dossier: { id: a.dossierId, code: a.code, procedureName: a.procedureName },
  }));
}
