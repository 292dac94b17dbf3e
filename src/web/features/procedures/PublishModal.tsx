/** Asks for the date from which the draft applies (today when left empty) before publishing it. */
import { DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/context';

interface Props {
  open: boolean;
  loading: boolean;
  /** Number of the version being published. */
  number: number | null;
  onCancel: () => void;
  /** `effectiveFrom` is the chosen day's start in Vietnam time, or undefined for "now". */
  onConfirm: (effectiveFrom: string | undefined) => void;
}

export function PublishModal({ open, loading, number, onCancel, onConfirm }: Props) {
  const { t } = useI18n();
  const [date, setDate] = useState<Dayjs | null>(null);
  return (
    <Modal
      open={open}
      title={t('proc.publish.title')}
      okText={t('proc.edit.publish')}
      cancelText={t('action.cancel')}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={() => onConfirm(date ? `${date.format('YYYY-MM-DD')}T00:00:00+07:00` : undefined)}
      okButtonProps={{ 'data-testid': 'publish-confirm' } as Record<string, string>}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {number === null ? t('proc.publish.textNew') : t('proc.publish.text', { number })}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('proc.publish.effectiveFrom')} extra={t('proc.publish.effectiveFrom.help')}>
          <DatePicker
            format="DD/MM/YYYY"
            value={date}
            onChange={setDate}
            data-testid="publish-effective-from"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
