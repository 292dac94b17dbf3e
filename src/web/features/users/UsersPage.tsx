/** User administration: search and filter officials, create, edit, deactivate and reset passwords. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { User } from '../../../contracts/users';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { UnitPicker } from '../units/UnitPicker';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UserFormModal } from './UserFormModal';
import { UserTable } from './UserTable';
import { useUsers, type UserFilter, type UserWithPassword } from './users.api';

const FIRST_PAGE: Pick<UserFilter, 'page' | 'pageSize'> = { page: 1, pageSize: 20 };

export function UsersPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<UserFilter>({
    q: '',
    unitId: null,
    includeSubunits: true,
    active: null,
    ...FIRST_PAGE,
  });
  const users = useUsers(filter);
  const [form, setForm] = useState<{ open: boolean; editing: User | null }>({ open: false, editing: null });
  const [password, setPassword] = useState<UserWithPassword | null>(null);

  const refine = (change: Partial<UserFilter>) =>
    setFilter((current) => ({ ...current, ...change, page: 1 }));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setForm({ open: true, editing: null })}
          data-testid="user-create"
        >
          {t('users.create')}
        </Button>
      </Flex>
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} align="center">
          <Input.Search
            allowClear
            placeholder={t('users.search.placeholder')}
            aria-label={t('users.search.placeholder')}
            onSearch={(q) => refine({ q: q.trim() })}
            style={{ width: 320 }}
            data-testid="user-search"
          />
          <UnitPicker
            allowClear
            placeholder={t('users.filter.unit')}
            value={filter.unitId}
            onChange={(unitId) => refine({ unitId })}
            style={{ width: 280 }}
            data-testid="user-filter-unit"
          />
          <Checkbox
            checked={filter.includeSubunits}
            disabled={!filter.unitId}
            onChange={(event) => refine({ includeSubunits: event.target.checked })}
          >
            {t('users.filter.subunits')}
          </Checkbox>
          <Select<'all' | 'true' | 'false'>
            aria-label={t('users.filter.status')}
            value={filter.active ?? 'all'}
            onChange={(value) => refine({ active: value === 'all' ? null : value })}
            style={{ width: 180 }}
            options={[
              { value: 'all', label: t('state.all') },
              { value: 'true', label: t('state.active') },
              { value: 'false', label: t('state.inactive') },
            ]}
          />
        </Flex>
        <UserTable
          data={users.data}
          loading={users.isFetching}
          page={filter.page}
          pageSize={filter.pageSize}
          onPageChange={(page, pageSize) => setFilter((current) => ({ ...current, page, pageSize }))}
          onEdit={(user) => setForm({ open: true, editing: user })}
          onPasswordReset={setPassword}
        />
      </Card>
      <UserFormModal
        key={form.editing?.id ?? 'new'}
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false, editing: form.editing })}
        onCreated={(result) => {
          setForm({ open: false, editing: null });
          showSuccess(t('users.created', { username: result.user.username }));
          setPassword(result);
        }}
      />
      <TemporaryPasswordModal result={password} onClose={() => setPassword(null)} />
    </>
  );
}
