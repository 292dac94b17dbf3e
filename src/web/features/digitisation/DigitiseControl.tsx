/**
 * "Số hóa" on the officer's dossier page: each provided component with its digitisation (pages, who, when)
 * or, for the one-stop of the receiving unit, a button to record its scans; the result once digitised at
 * return. The server checks role and scope again.
 */
import { CheckCircleTwoTone, PaperClipOutlined, ScanOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Modal,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DigitisationMark } from '../../../contracts/digitisation';
import type { Dossier } from '../../../contracts/dossiers';
import { hasAnyRole } from '../../../domain/access/policy';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { actorOf } from '../../app/access';
import { showError, showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { useCurrentUser } from '../auth/session';
import { uploadAttachment } from '../late-work/late-work.api';
import { useDigitisationMarks, useMarkDigitised } from './digitisation.api';
import { useDigitisationI18n } from './digitisation.messages';

interface Props {
  dossier: Dossier;
  definition: ProcedureDefinition | undefined;
}

interface Values {
  pageCount: number;
  verified: boolean;
  validUntil?: Dayjs | null;
}

export function DigitiseControl({ dossier, definition }: Props) {
  const { t } = useDigitisationI18n();
  const user = useCurrentUser();
  const marks = useDigitisationMarks(dossier.id);
  const [open, setOpen] = useState<{ id: string; name: string } | null>(null);
  const digitiser = user.kind === 'official' && hasAnyRole(actorOf(user), ['reception', 'one_stop_head']);
  const names = new Map((definition?.documents ?? []).map((doc) => [doc.id, doc.name]));
  const byDocument = new Map(
    (marks.data ?? []).filter((m) => m.kind === 'component').map((m) => [m.documentId, m]),
  );
  const result = (marks.data ?? []).find((m) => m.kind === 'result');
  const provided = dossier.documents.filter((doc) => doc.provided);
  if (provided.length === 0 && !result) return null;
  const describe = (mark: DigitisationMark) =>
    [
      mark.pageCount ? t('digitise.pagesOf', { n: mark.pageCount }) : null,
      t('digitise.by', { name: mark.digitisedBy ?? '', at: formatDateTime(mark.digitisedAt) }),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <Card title={t('digitise.title')} size="small" data-testid="digitise-card">
      <Flex vertical gap={8} role="list">
        {provided.map((doc) => {
          const mark = byDocument.get(doc.documentId);
          const name = names.get(doc.documentId) ?? doc.documentId;
          return (
            <Flex key={doc.documentId} gap={8} align="center" wrap role="listitem">
              <Typography.Text style={{ flex: '1 1 200px', minWidth: 0 }}>{name}</Typography.Text>
              {mark ? (
                <Flex gap={6} align="center" wrap data-testid={`digitised-${doc.documentId}`}>
                  <CheckCircleTwoTone twoToneColor="#52c41a" />
                  <Tag color="green">{t('digitise.done')}</Tag>
                  {mark.storeItemId && <Tag color="blue">{t('digitise.stored')}</Tag>}
                  <Typography.Text type="secondary">{describe(mark)}</Typography.Text>
                </Flex>
              ) : digitiser && dossier.receivedAt ? (
                <Button
                  size="small"
                  icon={<ScanOutlined />}
                  onClick={() => setOpen({ id: doc.documentId, name })}
                  data-testid={`digitise-${doc.documentId}`}
                >
                  {t('digitise.button')}
                </Button>
              ) : (
                <Tag>{t('digitise.pending')}</Tag>
              )}
            </Flex>
          );
        })}
        {result && (
          <Flex gap={8} align="center" wrap role="listitem" data-testid="digitised-result">
            <Typography.Text style={{ flex: '1 1 200px', minWidth: 0 }}>
              {t('digitise.result')}
            </Typography.Text>
            <Tag color="green">{t('digitise.done')}</Tag>
            {result.storeItemId && <Tag color="blue">{t('digitise.stored')}</Tag>}
            <Typography.Text type="secondary">{describe(result)}</Typography.Text>
          </Flex>
        )}
      </Flex>
      {open && <DigitiseModal dossierId={dossier.id} document={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}

function DigitiseModal({
  dossierId,
  document,
  onClose,
}: {
  dossierId: string;
  document: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useDigitisationI18n();
  const [form] = Form.useForm<Values>();
  const [scans, setScans] = useState<{ id: string; name: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const save = useMarkDigitised(dossierId);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (scans.length === 0) {
      showError(new Error(t('digitise.needScan')));
      return;
    }
    save.mutate(
      {
        documentId: document.id,
        attachmentIds: scans.map((s) => s.id),
        pageCount: values.pageCount,
        verified: values.verified,
        validUntil: values.validUntil ? values.validUntil.format('YYYY-MM-DD') : null,
      },
      {
        onSuccess: () => {
          showSuccess(t('digitise.saved'));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      title={`${t('digitise.button')}: ${document.name}`}
      okText={t('digitise.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: uploading, 'data-testid': 'digitise-save' }}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ verified: true }}>
        <Form.Item label={t('digitise.scans')}>
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            multiple
            showUploadList={false}
            customRequest={({ file: raw, onSuccess, onError }) => {
              setUploading(true);
              uploadAttachment(raw as File)
                .then((id) => {
                  setScans((list) => [...list, { id, name: (raw as File).name }]);
                  onSuccess?.(id);
                })
                .catch((error: Error) => {
                  showError(error);
                  onError?.(error);
                })
                .finally(() => setUploading(false));
            }}
          >
            <Button icon={<PaperClipOutlined />} loading={uploading} data-testid="digitise-upload">
              {t('digitise.pick')}
            </Button>
          </Upload>
          {scans.map((s) => (
            <div key={s.id}>
              <Typography.Text type="secondary">{s.name}</Typography.Text>
            </div>
          ))}
        </Form.Item>
        <Form.Item
          name="pageCount"
          label={t('digitise.pages')}
          rules={[{ required: true, type: 'number', min: 1, message: t('digitise.needPages') }]}
        >
          <InputNumber min={1} max={5000} precision={0} data-testid="digitise-pages" />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox data-testid="digitise-verified">{t('digitise.verified')}</Checkbox>
        </Form.Item>
        <Form.Item name="validUntil" label={t('digitise.validUntil')}>
          <DatePicker format="DD/MM/YYYY" data-testid="digitise-valid-until" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
