/**
 * The live board for the one-stop hall screen (/bang-tin/:unitId): large type, no menus, refreshed every
 * 30 seconds: due today, received and returned today, overdue, the on-time rate this month, latest apologies.
 */
import { Alert, Card, Col, List, Row, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../app/i18n/format';
import { formatPercent } from './figures';
import { useBoard } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

const BIG = { fontSize: 64, fontWeight: 700, lineHeight: 1.1 };

function Figure({
  label,
  value,
  testId,
  color,
}: {
  label: string;
  value: string | number;
  testId: string;
  color?: string;
}) {
  return (
    <Card style={{ height: '100%' }}>
      <div style={{ fontSize: 24 }}>{label}</div>
      <div style={{ ...BIG, color }} data-testid={testId}>
        {value}
      </div>
    </Card>
  );
}

export function BoardPage() {
  const { t, locale } = useTransparencyI18n();
  const { unitId = '' } = useParams();
  const { data, error } = useBoard(unitId, 30_000);
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!data) return null;
  const rate = data.onTimeThisMonth;
  return (
    <div style={{ padding: 32, minHeight: '100vh', background: '#f0f5ff' }}>
      <Typography.Title style={{ fontSize: 44, marginTop: 0 }}>
        {t('board.title')} — {data.unit.name}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={8}>
          <Figure label={t('board.dueToday')} value={data.dueToday} testId="board-due-today" />
        </Col>
        <Col xs={24} md={8}>
          <Figure label={t('board.receivedToday')} value={data.receivedToday} testId="board-received-today" />
        </Col>
        <Col xs={24} md={8}>
          <Figure label={t('board.returnedToday')} value={data.returnedToday} testId="board-returned-today" />
        </Col>
        <Col xs={24} md={12}>
          <Figure
            label={`${t('board.onTime')} (${rate.numerator ?? 0}/${rate.denominator ?? 0})`}
            value={formatPercent(rate.value, locale)}
            testId="board-on-time"
            color="#237804"
          />
        </Col>
        <Col xs={24} md={12}>
          <Figure
            label={t('board.overdue')}
            value={data.overdueOpen}
            testId="board-overdue"
            color="#a8071a"
          />
        </Col>
        <Col span={24}>
          <Card title={<span style={{ fontSize: 24 }}>{t('board.apologies')}</span>}>
            <List
              locale={{ emptyText: t('board.noApologies') }}
              dataSource={data.latestApologies}
              renderItem={(a) => (
                <List.Item style={{ fontSize: 22 }}>
                  {a.dossierCode} · {a.procedureName} · {t('board.newDue', { date: formatDate(a.newDueAt) })}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 18 }}>
        {t('board.updated', { time: formatDateTime(data.asOf, { seconds: true }) })}
      </Typography.Paragraph>
    </div>
  );
}
