/** The rows of the late-and-at-risk board: code (link), procedure, holder, due times, time late, tags. */
import { Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { boardTagsOf, type BoardTag } from './late-work-rules';
import type { BoardItem } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';
import { useDuration } from './useDuration';

const TAG_COLORS: Record<BoardTag, string> = {
  late: 'red',
  atRisk: 'orange',
  explain: 'volcano',
  apology: 'magenta',
  apologyDue: 'orange',
  apologyLate: 'red',
  pending: 'gold',
  extended: 'blue',
};

export function BoardTable({ items, loading }: { items: BoardItem[]; loading: boolean }) {
  const { t } = useLateWorkI18n();
  const duration = useDuration();
  return (
    <Table<BoardItem>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('board.empty') }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      scroll={{ x: 1000 }}
      data-testid="board-table"
      columns={[
        {
          key: 'code',
          title: t('board.code'),
          width: 230,
          render: (_, item) => <Link to={`/dossiers/${item.id}`}>{item.code ?? '—'}</Link>,
        },
        {
          key: 'procedure',
          title: t('board.procedure'),
          dataIndex: 'procedureName',
          ellipsis: true,
          width: 240,
        },
        {
          key: 'holder',
          title: t('board.holder'),
          render: (_, item) => item.holder?.name ?? t('board.unassigned'),
        },
        { key: 'stepDue', title: t('board.stepDue'), render: (_, item) => formatDateTime(item.stepDueAt) },
        { key: 'due', title: t('board.due'), render: (_, item) => formatDateTime(item.dueAt) },
        {
          key: 'late',
          title: t('board.lateBy'),
          render: (_, item) => {
            const minutes = Math.max(item.stepLateMinutes, item.dossierLateMinutes);
            return minutes > 0 ? <Typography.Text type="danger">{duration(minutes)}</Typography.Text> : '—';
          },
        },
        {
          key: 'tags',
          title: t('board.state'),
          width: 190,
          render: (_, item) => (
            <Flex gap={4} wrap>
              {boardTagsOf(item).map((tag) => (
                <Tag key={tag} color={TAG_COLORS[tag]} style={{ marginInlineEnd: 0 }}>
                  {t(`tag.${tag}`)}
                </Tag>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
