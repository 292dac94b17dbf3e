/** The page of officials: name and login, title, unit, roles, status and actions. */
import { Space, Table, Tag, Typography } from 'antd';
import type { User } from '../../../contracts/users';
import { useI18n } from '../../app/i18n/context';
import { roleLabel } from '../../app/i18n/labels';
import { UserActions } from './UserActions';
import type { UserPage, UserWithPassword } from './users.api';

interface Props {
  data: UserPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (user: User) => void;
  onPasswordReset: (result: UserWithPassword) => void;
}

function StatusTags({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {user.active ? <Tag color="green">{t('state.active')}</Tag> : <Tag>{t('state.inactive')}</Tag>}
      {user.locked && <Tag color="orange">{t('state.locked')}</Tag>}
    </Space>
  );
}

export function UserTable({ data, loading, page, pageSize, onPageChange, onEdit, onPasswordReset }: Props) {
  const { t, locale } = useI18n();
  return (
    <Table<User>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 1100 }}
      columns={[
        {
          key: 'name',
          title: t('users.col.name'),
          width: 200,
          render: (_value, user) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{user.fullName}</Typography.Text>
              <Typography.Text type="secondary" data-testid="user-username-cell">
                {user.username}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'title',
          title: t('users.col.title'),
          dataIndex: 'title',
          render: (value: string | null) => value ?? '',
        },
        { key: 'unit', title: t('users.col.unit'), dataIndex: 'unitName' },
        {
          key: 'roles',
          title: t('users.col.roles'),
          render: (_value, user) => (
            <Space size={4} wrap>
              {user.roles.map((role) => (
                <Tag key={role}>{roleLabel(role, locale)}</Tag>
              ))}
            </Space>
          ),
        },
        { key: 'status', title: t('users.col.status'), render: (_value, user) => <StatusTags user={user} /> },
        {
          key: 'actions',
          title: t('users.col.actions'),
          width: 250,
          render: (_value, user) => (
            <UserActions user={user} onEdit={onEdit} onPasswordReset={onPasswordReset} />
          ),
        },
      ]}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        onChange: onPageChange,
        showTotal: (total) => t('table.total', { total }),
      }}
      data-testid="user-table"
    />
  );
}
