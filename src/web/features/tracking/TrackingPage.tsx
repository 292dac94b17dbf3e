/**
 * /tra-cuu — public dossier tracking, no sign-in: the dossier code (prefilled from ?code=, which the QR
 * code on the receipt slip opens) and the 6-digit PIN printed on the slip. Shows the
 * status, due and returned times, any apology with its new return date (prominently), the current step and
 * the history; a wrong pair shows the server's message.
 */
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import type { TrackResponse } from '../../../contracts/dossiers';
import { api } from '../../app/http';
import { formatDateTime } from '../../app/i18n/format';
import { requiredRule } from '../../app/i18n/rules';
import { ApologyNotice } from '../late-work/ApologyNotice';
import { trackedResultUrl } from '../signed-results/signed-results.api';
import { useSignedResultI18n } from '../signed-results/signed-results.messages';
import { useTrackingI18n } from './tracking.messages';

type Tracked = z.infer<typeof TrackResponse>;

interface Values {
  code: string;
  secret: string;
}

const SECRET = /^[0-9]{6}$/;

/** One lookup: each press of the button asks again, even for the same code and secret. */
interface Lookup extends Values {
  attempt: number;
}

function useTracking(asked: Lookup | null) {
  return useQuery({
    queryKey: ['public-track', asked?.code ?? '', asked?.secret ?? '', asked?.attempt ?? 0],
    queryFn: () =>
      api.get<Tracked>(
        '/public/track',
        { code: asked?.code, secret: asked?.secret },
        { redirectOnUnauthenticated: false },
      ),
    enabled: asked !== null,
    retry: false,
    staleTime: 0,
    meta: { silent: true },
  });
}

function TrackedDossier({ dossier, secret }: { dossier: Tracked; secret: string }) {
  const { t } = useTrackingI18n();
  const signed = useSignedResultI18n();
  const when = (value: string | null) => formatDateTime(value) || t('track.notYet');
  return (
    <Card data-testid="track-result">
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="track-code">
          {dossier.code}
        </Typography.Title>
        <Tag color={dossier.returnedAt ? 'success' : 'geekblue'} data-testid="track-status">
          {dossier.statusLabel}
        </Tag>
      </Flex>
      {dossier.apologies.map((apology) => (
        <div key={apology.id} style={{ marginBottom: 12 }}>
          <ApologyNotice apology={apology} />
        </div>
      ))}
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'procedure', label: t('track.procedure'), span: 2, children: dossier.procedureName },
          { key: 'received', label: t('track.receivedAt'), children: when(dossier.receivedAt) },
          {
            key: 'due',
            label: t('track.dueAt'),
            children: <span data-testid="track-due">{when(dossier.dueAt)}</span>,
          },
          ...(dossier.currentStep
            ? [{ key: 'step', label: t('track.step'), span: 2, children: dossier.currentStep }]
            : []),
          ...(dossier.returnedAt
            ? [{ key: 'returned', label: t('track.returnedAt'), children: when(dossier.returnedAt) }]
            : []),
          ...(dossier.paymentStatusLabel
            ? [
                {
                  key: 'payment',
                  label: t('track.payment'),
                  span: 2,
                  children: (
                    <Flex wrap gap={8} align="center">
                      <Tag data-testid="track-payment">{dossier.paymentStatusLabel}</Tag>
                      {dossier.receiptAvailable && (
                        <Typography.Link
                          href={`/api/v1/public/payment-receipt.pdf?${new URLSearchParams({ code: dossier.code, secret })}`}
                          data-testid="track-receipt"
                        >
                          {t('track.receipt')}
                        </Typography.Link>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dossier.hasSignedResult && (
        <Button
          type="primary"
          href={trackedResultUrl(dossier.code, secret)}
          style={{ marginBottom: 12, whiteSpace: 'normal', height: 'auto' }}
          data-testid="track-signed-result"
        >
          {signed.t('signed.download')}
        </Button>
      )}
      <Typography.Title level={5}>{t('track.history')}</Typography.Title>
      <Timeline
        data-testid="track-history"
        items={dossier.history.map((entry, index) => ({
          key: index,
          content: (
            <Flex vertical gap={2}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(entry.at)}
              </Typography.Text>
              <Typography.Text>{entry.label}</Typography.Text>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

export function TrackingPage() {
  const { t } = useTrackingI18n();
  const [params, setParams] = useSearchParams();
  const [asked, setAsked] = useState<Lookup | null>(null);
  const tracking = useTracking(asked);

  const submit = (values: Values) => {
    const next = { code: values.code.trim(), secret: values.secret.trim() };
    setAsked((current) => ({ ...next, attempt: (current?.attempt ?? 0) + 1 }));
    setParams({ code: next.code }, { replace: true });
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900, margin: '0 auto' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="track-title">
          {t('track.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('track.intro')}</Typography.Paragraph>
        <Form<Values>
          layout="vertical"
          initialValues={{ code: params.get('code') ?? '', secret: '' }}
          onFinish={submit}
          data-testid="track-form"
        >
          <Flex gap={16} wrap align="start">
            <Form.Item
              name="code"
              label={t('track.code')}
              rules={[requiredRule(t, t('track.code'))]}
              style={{ flex: '2 1 320px', marginBottom: 8 }}
            >
              <Input
                placeholder={t('track.code.placeholder')}
                maxLength={80}
                data-testid="track-code-input"
              />
            </Form.Item>
            <Form.Item
              name="secret"
              label={t('track.secret')}
              extra={t('track.secret.help')}
              rules={[
                requiredRule(t, t('track.secret')),
                { pattern: SECRET, message: t('track.secret.invalid') },
              ]}
              style={{ flex: '1 1 220px', marginBottom: 8 }}
            >
              <Input inputMode="numeric" maxLength={6} autoComplete="off" data-testid="track-secret-input" />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={tracking.isFetching} data-testid="track-submit">
            {t('track.submit')}
          </Button>
        </Form>
      </Card>
      {tracking.isError && (
        <Alert
          type="error"
          showIcon
          title={t('track.failed')}
          description={tracking.error.message}
          data-testid="track-error"
        />
      )}
      {tracking.data && !tracking.isError && (
        <TrackedDossier dossier={tracking.data} secret={asked?.secret ?? ''} />
      )}
    </Flex>
  );
}
