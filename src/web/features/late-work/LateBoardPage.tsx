/**
 * /tre-han — "Hồ sơ trễ hạn và sắp đến hạn": the late and at-risk dossiers of the person's units (counts,
 * sortable by time late, holder or procedure, searchable, tags of what each needs), the month's late
 * apologies and faulty supplement requests of the unit subtree, the person's alerts, and the development
 * clock where there is one.
 */
import { Card, Col, Flex, Input, Row, Select, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { AlertList, rowsOfMyAlerts } from './AlertList';
import { BoardTable } from './BoardTable';
import { DevClockCard } from './DevClockCard';
import { DisciplineCard } from './DisciplineCard';
import { matchesBoardSearch } from './late-work-rules';
import { useLateBoard, useMyAlerts, type BoardSort } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

export function LateBoardPage() {
  const { t } = useLateWorkI18n();
  const [sort, setSort] = useState<BoardSort>('late');
  const [search, setSearch] = useState('');
  const board = useLateBoard(sort);
  const alerts = useMyAlerts();
  const items = (board.data?.items ?? []).filter((item) => matchesBoardSearch(item, search));

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="board-title">
          {t('board.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('board.subtitle')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" style={{ height: '100%' }}>
            <Flex gap={48} wrap>
              <Statistic
                title={t('board.late')}
                value={board.data?.late ?? 0}
                styles={{ content: { color: '#cf1322' } }}
                data-testid="board-late"
              />
              <Statistic
                title={t('board.atRisk')}
                value={board.data?.atRisk ?? 0}
                styles={{ content: { color: '#d46b08' } }}
                data-testid="board-at-risk"
              />
              <Statistic title={t('board.total')} value={board.data?.total ?? 0} />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <DevClockCard />
        </Col>
      </Row>
      <Card size="small">
        <Flex gap={16} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('board.search')}
            onSearch={setSearch}
            onChange={(event) => !event.target.value && setSearch('')}
            style={{ maxWidth: 420 }}
            data-testid="board-search"
          />
          <Flex gap={8} align="center">
            <Typography.Text>{t('board.sort')}</Typography.Text>
            <Select<BoardSort>
              value={sort}
              onChange={setSort}
              style={{ width: 180 }}
              data-testid="board-sort"
              options={(['late', 'holder', 'procedure'] as const).map((value) => ({
                value,
                label: t(`board.sort.${value}`),
              }))}
            />
          </Flex>
        </Flex>
        <BoardTable items={items} loading={board.isFetching} />
      </Card>
      <DisciplineCard />
      <Card size="small" title={t('alerts.mine')} data-testid="my-alerts">
        <div style={{ maxHeight: 360, overflowY: 'auto' }}>
          <AlertList rows={rowsOfMyAlerts(alerts.data ?? [])} testId="my-alert-list" />
        </div>
      </Card>
    </Flex>
  );
}
