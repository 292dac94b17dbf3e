/**
 * The fees of a dossier on its page (officials and the applicant): status (chưa nộp / đã nộp / đã hoàn), the
 * VietQR code with the payment reference while unpaid, "Thanh toán (mô phỏng)" when the development
 * simulator answers, the e-receipt once paid, and the refund form for the one-stop head. Fits 390 px.
 */
import { Alert, App, Button, Card, Descriptions, Flex, Input, Modal, QRCode, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PaymentInfo } from '../../../contracts/payments';
import { formatDateTime } from '../../app/i18n/format';
import { useCurrentUser } from '../auth/session';
import { useRefundPayment, useSimulatePayment, usePayment } from './payments.api';
import { usePaymentI18n, type PaymentMessageKey } from './payments.messages';

const STATUS_COLORS: Record<PaymentInfo['status'], string> = {
  none: 'default',
  unpaid: 'warning',
  paid: 'success',
  refunded: 'purple',
};

const money = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng`;

function RefundButton({ dossierId }: { dossierId: string }) {
  const { t } = usePaymentI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const refund = useRefundPayment(dossierId);
  const valid = reason.trim().length >= 5;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="payment-refund">
        {t('payment.refund')}
      </Button>
      <Modal
        open={open}
        title={t('payment.refund')}
        okText={t('payment.refund.ok')}
        okButtonProps={{ disabled: !valid, danger: true }}
        confirmLoading={refund.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          refund.mutate(reason.trim(), {
            onSuccess: () => setOpen(false),
            onError: (error) => void message.error(error.message),
          })
        }
      >
        <Typography.Text>{t('payment.refund.reason')}</Typography.Text>
        <Input.TextArea
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder={t('payment.refund.placeholder')}
          data-testid="payment-refund-reason"
        />
        {!valid && reason.length > 0 && (
          <Typography.Text type="danger">{t('payment.refund.required')}</Typography.Text>
        )}
      </Modal>
    </>
  );
}

export function PaymentCard({ dossierId }: { dossierId: string }) {
  const { t } = usePaymentI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const payment = usePayment(dossierId);
  const simulate = useSimulatePayment(dossierId);
  if (payment.isPending) return null;
  if (payment.isError) return <Alert type="error" showIcon title={t('payment.error')} />;
  const info = payment.data;
  if (info.status === 'none') return null;
  const isHead = user.kind === 'official' && user.roles.includes('one_stop_head');
  const methodKey = `payment.method.${info.method ?? ''}` as PaymentMessageKey;
  const receipt = `/api/v1/dossiers/${dossierId}/payment/receipt`;

  return (
    <Card title={t('payment.title')} size="small" data-testid="payment-card">
      <Flex vertical gap={12}>
        <Descriptions
          column={1}
          layout="vertical"
          size="small"
          items={[
            {
              key: 'status',
              label: t('payment.status'),
              children: (
                <Tag color={STATUS_COLORS[info.status]} data-testid="payment-status">
                  {info.statusLabel}
                </Tag>
              ),
            },
            ...info.fees
              .filter((fee) => fee.amount > 0)
              .map((fee, index) => ({
                key: `fee-${index}`,
                label: fee.detail ? `${fee.name} (${fee.detail})` : fee.name,
                children: money(fee.amount),
              })),
            { key: 'total', label: t('payment.total'), children: <strong>{money(info.total)}</strong> },
            ...(info.reference
              ? [{ key: 'ref', label: t('payment.reference'), children: <code>{info.reference}</code> }]
              : []),
            ...(info.method ? [{ key: 'method', label: t('payment.method'), children: t(methodKey) }] : []),
            ...(info.receiptNumber
              ? [{ key: 'number', label: t('payment.receiptNumber'), children: info.receiptNumber }]
              : []),
            ...(info.paidAt
              ? [{ key: 'paidAt', label: t('payment.paidAt'), children: formatDateTime(info.paidAt) }]
              : []),
            ...(info.refundReason
              ? [{ key: 'refund', label: t('payment.refund.reason'), children: info.refundReason }]
              : []),
          ]}
        />
        {info.qrPayload && (
          <Flex vertical align="center" gap={8}>
            <QRCode value={info.qrPayload} size={180} data-testid="payment-qr" />
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
              {t('payment.qr.hint')}
            </Typography.Text>
          </Flex>
        )}
        <Flex wrap gap={8}>
          {info.simulatorAvailable && (
            <Button
              type="primary"
              loading={simulate.isPending}
              onClick={() =>
                simulate.mutate(undefined, {
                  onSuccess: () => void message.success(t('payment.simulate.done')),
                  onError: (error) => void message.error(error.message),
                })
              }
              data-testid="payment-simulate"
            >
              {t('payment.simulate')}
            </Button>
          )}
          {info.receiptAvailable && (
            <>
              <Button href={`${receipt}.pdf`} download data-testid="payment-receipt-pdf">
                {t('payment.receipt.pdf')}
              </Button>
              <Button type="link" href={`${receipt}.html`} target="_blank" rel="noopener">
                {t('payment.receipt.html')}
              </Button>
            </>
          )}
          {isHead && info.status === 'paid' && <RefundButton dossierId={dossierId} />}
        </Flex>
      </Flex>
    </Card>
  );
}
