/**
 * /phan-anh — a citizen reports about a dossier (proved by its code and PIN), an official or a rule, and
 * later reads the answer with the report's code and PIN, accepting it or asking for a review.
 */
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  FEEDBACK_KINDS,
  FEEDBACK_TOPICS,
  type FeedbackKind,
  type FeedbackTopic,
} from '../../../domain/feedback/rules';
import { api } from '../../app/http';
import { formatDateTime } from '../../app/i18n/format';
import { requiredRule } from '../../app/i18n/rules';
import { useCreateFeedback, usePublicFeedback, useReact } from './feedback.api';
import { useFeedbackI18n } from './feedback.messages';

interface Values {
  kind: FeedbackKind;
  topic: FeedbackTopic;
  content: string;
  dossierCode?: string;
  dossierSecret?: string;
  unitId?: string;
  name: string;
  phone?: string;
  email?: string;
}

function UnitSelect(props: { value?: string; onChange?: (value: string) => void }) {
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: ['public-feedback-units', q],
    queryFn: () =>
      api.get<{ id: string; name: string }[]>(
        '/public/feedback/units',
        { q },
        { redirectOnUnauthenticated: false },
      ),
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value}
      onChange={props.onChange}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      data-testid="fb-unit"
    />
  );
}

function Lookup() {
  const { t } = useFeedbackI18n();
  const [asked, setAsked] = useState<{ code: string; pin: string; attempt: number } | null>(null);
  const found = usePublicFeedback(asked);
  const react = useReact();
  return (
    <Card title={t('fb.lookup.title')}>
      <Form
        layout="inline"
        onFinish={(v: { code: string; pin: string }) =>
          setAsked({ code: v.code.trim(), pin: v.pin.trim(), attempt: (asked?.attempt ?? 0) + 1 })
        }
      >
        <Form.Item name="code" rules={[requiredRule(t, t('fb.lookup.code'))]}>
          <Input placeholder={t('fb.lookup.code')} data-testid="fb-lookup-code" />
        </Form.Item>
        <Form.Item name="pin" rules={[requiredRule(t, t('fb.lookup.pin'))]}>
          <Input placeholder={t('fb.lookup.pin')} data-testid="fb-lookup-pin" />
        </Form.Item>
        <Button htmlType="submit" data-testid="fb-lookup-submit">
          {t('fb.lookup.submit')}
        </Button>
      </Form>
      {found.isError && <Alert style={{ marginTop: 12 }} type="error" showIcon title={found.error.message} />}
      {found.data && asked && (
        <Flex vertical gap={12} style={{ marginTop: 16 }} data-testid="fb-lookup-result">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            items={[
              { key: 'code', label: t('fb.code'), children: found.data.code },
              {
                key: 'status',
                label: t('fb.status'),
                children: <span data-testid="fb-lookup-status">{found.data.statusLabel}</span>,
              },
              { key: 'unit', label: t('fb.unit'), children: found.data.unitName },
              { key: 'due', label: t('fb.dueAt'), children: formatDateTime(found.data.dueAt) },
            ]}
          />
          <Typography.Text strong>{t('fb.answer')}</Typography.Text>
          <Typography.Paragraph data-testid="fb-lookup-answer">
            {found.data.answer ?? t('fb.noAnswer')}
          </Typography.Paragraph>
          {found.data.status === 'answered' && found.data.citizenSatisfied === null && (
            <Flex gap={8}>
              <Button
                type="primary"
                loading={react.isPending}
                onClick={() => react.mutate({ code: asked.code, pin: asked.pin, satisfied: true })}
              >
                {t('fb.agree')}
              </Button>
              <Button
                danger
                loading={react.isPending}
                onClick={() => react.mutate({ code: asked.code, pin: asked.pin, satisfied: false })}
              >
                {t('fb.disagree')}
              </Button>
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  );
}

export function FeedbackFormPage() {
  const { t, locale } = useFeedbackI18n();
  const create = useCreateFeedback();
  const submit = (v: Values) =>
    create.mutate({
      kind: v.kind,
      topic: v.topic,
      content: v.content,
      channel: 'online',
      dossierCode: v.dossierCode?.trim() || undefined,
      dossierSecret: v.dossierSecret?.trim() || undefined,
      unitId: v.unitId,
      reporter: { name: v.name, phone: v.phone || undefined, email: v.email || undefined },
    });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900, margin: '0 auto', width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="fb-title">
          {t('fb.form.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('fb.form.intro')}</Typography.Paragraph>
        {create.isSuccess ? (
          <Result
            status="success"
            data-testid="fb-sent"
            title={t('fb.sent', { code: create.data.code })}
            subTitle={t('fb.sent.detail', {
              pin: create.data.pin,
              unit: create.data.unitName,
              due: formatDateTime(create.data.dueAt),
            })}
          />
        ) : (
          <Form<Values>
            layout="vertical"
            onFinish={submit}
            initialValues={{ kind: 'feedback', topic: 'delay' }}
          >
            <Flex gap={16} wrap>
              <Form.Item name="kind" label={t('fb.kind')} style={{ flex: '1 1 240px', minWidth: 0 }}>
                <Select
                  data-testid="fb-kind"
                  options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`fb.kind.${k}`) }))}
                />
              </Form.Item>
              <Form.Item name="topic" label={t('fb.topic')} style={{ flex: '1 1 320px', minWidth: 0 }}>
                <Select
                  data-testid="fb-topic"
                  options={Object.entries(FEEDBACK_TOPICS).map(([k, label]) => ({
                    value: k,
                    label: label[locale],
                  }))}
                />
              </Form.Item>
            </Flex>
            <Form.Item
              name="content"
              label={t('fb.content')}
              rules={[requiredRule(t, t('fb.content')), { min: 10 }]}
            >
              <Input.TextArea rows={4} data-testid="fb-content" />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item
                name="dossierCode"
                label={t('fb.dossierCode')}
                style={{ flex: '1 1 300px', minWidth: 0 }}
              >
                <Input data-testid="fb-dossier-code" />
              </Form.Item>
              <Form.Item
                name="dossierSecret"
                label={t('fb.dossierSecret')}
                style={{ flex: '1 1 300px', minWidth: 0 }}
              >
                <Input data-testid="fb-dossier-secret" />
              </Form.Item>
            </Flex>
            <Form.Item name="unitId" label={t('fb.unit')}>
              <UnitSelect />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item
                name="name"
                label={t('fb.name')}
                rules={[requiredRule(t, t('fb.name'))]}
                style={{ minWidth: 260 }}
              >
                <Input data-testid="fb-name" />
              </Form.Item>
              <Form.Item name="phone" label={t('fb.phone')} style={{ minWidth: 200 }}>
                <Input data-testid="fb-phone" />
              </Form.Item>
              <Form.Item name="email" label={t('fb.email')} style={{ minWidth: 260 }}>
                <Input />
              </Form.Item>
            </Flex>
            {create.isError && (
              <Alert
                type="error"
                showIcon
                title={create.error.message}
                style={{ marginBottom: 12 }}
                data-testid="fb-error"
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={create.isPending}
              data-testid="fb-submit"
            >
              {t('fb.send')}
            </Button>
          </Form>
        )}
      </Card>
      <Lookup />
    </Flex>
  );
}
