/**
 * The form template of one document in the editor: upload a PDF (or a scan) to the procedure's public
 * templates, see it, or take it off the document. The value is the template's attachment id.
 */
import { DeleteOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/context';

interface Props {
  procedureId: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** Sends a template file; resolves with its id or rejects with the server's message. */
async function sendTemplate(procedureId: string, file: File): Promise<string> {
  const csrf = /(?:^|;\s*)kc_csrf=([^;]+)/.exec(document.cookie)?.[1];
  const response = await fetch(`/api/v1/procedures/${procedureId}/templates`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
    },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; message?: string };
  if (!response.ok || !body.id) throw new Error(body.message ?? '');
  return body.id;
}

export function TemplateUpload({ procedureId, value, onChange }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (value)
    return (
      <Flex gap={8} align="center" wrap>
        <a href={`/api/v1/public/templates/${value}`} target="_blank" rel="noreferrer">
          <FileTextOutlined /> {t('catalogue.documents.template')}
        </a>
        <Button size="small" icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
          {t('proc.doc.template.remove')}
        </Button>
      </Flex>
    );
  return (
    <Flex vertical gap={4}>
      <Upload
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        showUploadList={false}
        customRequest={({ file }) => {
          setBusy(true);
          setError(null);
          sendTemplate(procedureId, file as File)
            .then((id) => onChange?.(id))
            .catch((failure: unknown) =>
              setError((failure instanceof Error && failure.message) || t('proc.doc.template.failed')),
            )
            .finally(() => setBusy(false));
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy}>
          {t('proc.doc.template.upload')}
        </Button>
      </Upload>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Flex>
  );
}
