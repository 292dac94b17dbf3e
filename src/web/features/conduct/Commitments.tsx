/** The year's commitments and emulation registrations of the person's unit subtree, and their own registration. */
import { Button, Card, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { showSuccess } from '../../app/feedback';
import { formatDate } from '../../app/i18n/format';
import { useCommitments, useRegisterCommitment, type Commitment } from './conduct.api';
import { useConductI18n } from './conduct.messages';

export function Commitments() {
  const { t } = useConductI18n();
  const [year, setYear] = useState(dayjs().year());
  const list = useCommitments(year);
  const register = useRegisterCommitment();
  return (
    <Card
      title={t('com.title')}
      extra={
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          aria-label={t('com.year')}
        />
      }
    >
      <Table<Commitment>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        data-testid="commitments-table"
        columns={[
          { title: t('com.who'), render: (_, c) => c.userName ?? `${c.unitName} ${t('com.unitItself')}` },
          { title: t('cond.unit'), dataIndex: 'unitName' },
          {
            title: t('com.kind.commitment'),
            dataIndex: 'kind',
            render: (k: Commitment['kind']) => t(`com.kind.${k}`),
          },
          { title: t('com.text'), dataIndex: 'text' },
          { title: t('com.signedOn'), dataIndex: 'signedOn', render: (d: string) => formatDate(d) },
        ]}
      />
      <Typography.Title level={5}>{t('com.register')}</Typography.Title>
      <Form
        layout="vertical"
        initialValues={{ kind: 'commitment' }}
        onFinish={async (values: { kind: 'commitment' | 'emulation'; text: string }) => {
          await register.mutateAsync({ ...values, year, signedOn: dayjs().format('YYYY-MM-DD') });
          showSuccess(t('com.registered'));
        }}
      >
        <Form.Item name="kind">
          <Select
            options={(['commitment', 'emulation'] as const).map((k) => ({
              value: k,
              label: t(`com.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="text" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} placeholder={t('com.text')} />
        </Form.Item>
        <Button htmlType="submit" loading={register.isPending}>
          {t('com.register')}
        </Button>
      </Form>
    </Card>
  );
}
