/** Visits of the person's subtree, and for inspectors a short form to start an unannounced or planned visit. */
import { Button, Card, DatePicker, Flex, Form, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../app/http';
import { formatDateTime } from '../../app/i18n/format';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../auth/session';
import { useCreateInspection, useInspections, useTeams, type InspectionSummary } from './inspections.api';
import { useInspectionI18n } from './inspections.messages';

function UnitSearch({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useInspectionI18n();
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: ['inspections', 'units', q],
    enabled: q.length >= 2,
    queryFn: async () =>
      (await api.get<{ items: { id: string; fullName: string }[] }>('/units', { q, pageSize: 30 })).items,
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      onSearch={setQ}
      filterOption={false}
      placeholder={t('insp.unit.placeholder')}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
      data-testid="insp-unit"
    />
  );
}

function NewVisitForm() {
  const { t } = useInspectionI18n();
  const navigate = useNavigate();
  const teams = useTeams();
  const create = useCreateInspection();
  const [form] = Form.useForm<{
    teamId: string;
    unitId: string;
    kind: 'planned' | 'unannounced';
    plannedFor?: Dayjs;
  }>();
  const kind = Form.useWatch('kind', form);
  const submit = async (values: {
    teamId: string;
    unitId: string;
    kind: 'planned' | 'unannounced';
    plannedFor?: Dayjs;
  }) => {
    const visit = await create.mutateAsync({
      teamId: values.teamId,
      unitId: values.unitId,
      kind: values.kind,
      plannedFor: values.plannedFor?.toISOString(),
    });
    void navigate(`/inspections/${visit.id}`);
  };
  if (!teams.data) return <Skeleton active />;
  return (
    <Card title={t('insp.new')} style={{ marginBottom: 16 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'unannounced', teamId: teams.data?.[0]?.id }}
        onFinish={submit}
      >
        <Form.Item name="teamId" label={t('insp.team')} rules={[{ required: true }]}>
          <Select
            options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
            data-testid="insp-team"
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('insp.unit')} rules={[{ required: true }]}>
          <UnitSearch />
        </Form.Item>
        <Form.Item name="kind" label={t('insp.kind')}>
          <Select
            options={[
              { value: 'unannounced', label: t('insp.kind.unannounced') },
              { value: 'planned', label: t('insp.kind.planned') },
            ]}
          />
        </Form.Item>
        {kind === 'planned' && (
          <Form.Item name="plannedFor" label={t('insp.visitedAt')} rules={[{ required: true }]}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="insp-create" block>
          {kind === 'planned' ? t('insp.new.planned') : t('insp.new')}
        </Button>
      </Form>
    </Card>
  );
}

export function InspectionsPage() {
  const { t } = useInspectionI18n();
  const user = useCurrentUser();
  const visits = useInspections();
  const isInspector = user.kind === 'official' && user.roles.includes('inspector');
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('insp.title')}
        </Typography.Title>
        <Space>
          <Link to="/inspections/reports">{t('insp.reports')}</Link>
          <Link to="/findings">{t('find.title')}</Link>
        </Space>
      </Flex>
      {isInspector && <NewVisitForm />}
      <Card>
        <Table<InspectionSummary>
          rowKey="id"
          dataSource={visits.data ?? []}
          loading={visits.isLoading}
          locale={{ emptyText: t('insp.empty') }}
          scroll={{ x: true }}
          data-testid="insp-table"
          columns={[
            {
              title: t('insp.unit'),
              dataIndex: 'unitName',
              render: (name: string, row) => <Link to={`/inspections/${row.id}`}>{name}</Link>,
            },
            {
              title: t('insp.kind'),
              dataIndex: 'kind',
              render: (kind: string) => t(`insp.kind.${kind as 'planned'}`),
            },
            {
              title: t('insp.visitedAt'),
              render: (_, row) => formatDateTime(row.visitedAt ?? row.plannedFor),
            },
            { title: t('insp.team'), dataIndex: 'teamName' },
            {
              title: t('find.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{t(`insp.status.${s as 'planned'}`)}</Tag>,
            },
            { title: t('insp.findingCount'), dataIndex: 'findingCount' },
          ]}
        />
      </Card>
    </>
  );
}
