/**
 * Scans of one document: several files or pages (PDF, JPEG, PNG) picked from the device or taken with the
 * phone's camera, compressed, uploaded with progress, removable; refusals in words. The value is the list of
 * uploaded scans (their ids go into `documents[].attachmentIds`). Other controls of a document (reuse of a
 * digitised copy) sit beside this one.
 */
import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useRef, useState } from 'react';
import { UPLOAD_ACCEPT, type UploadedScan } from './document-upload';
import { useDossierI18n } from './dossiers.messages';
import { UploadFailure, uploadScan } from './scans.api';

interface Props {
  /** Which document the scans belong to (names the test ids). */
  documentId: string;
  documentName: string;
  value?: UploadedScan[];
  onChange?: (value: UploadedScan[]) => void;
}

export function DocumentUpload({ documentId, documentName, value = [], onChange }: Props) {
  const { t } = useDossierI18n();
  const [files, setFiles] = useState<UploadFile<UploadedScan>[]>(() =>
    value.map((scan) => ({ uid: scan.id, name: scan.name, status: 'done', response: scan })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  // the latest value, so uploads finishing together all land in it
  const current = useRef(value);
  current.current = value;

  const patch = (uid: string, change: Partial<UploadFile<UploadedScan>>) =>
    setFiles((list) => list.map((file) => (file.uid === uid ? { ...file, ...change } : file)));

  const customRequest: UploadProps<UploadedScan>['customRequest'] = ({ file }) => {
    const raw = file as File & { uid: string };
    setProblem(null);
    setFiles((list) => [...list, { uid: raw.uid, name: raw.name, status: 'uploading', percent: 0 }]);
    uploadScan(raw, (percent) => patch(raw.uid, { percent }))
      .then((scan) => {
        patch(raw.uid, { status: 'done', percent: 100, response: scan, name: scan.name });
        current.current = [...current.current, scan];
        onChange?.(current.current);
      })
      .catch((error: unknown) => {
        const failure = error instanceof UploadFailure ? error : new UploadFailure('failed', null);
        const text = t(`upload.error.${failure.problem}`);
        setProblem(`${raw.name}: ${text}`);
        setFiles((list) => list.filter((item) => item.uid !== raw.uid));
      });
  };

  const remove = (file: UploadFile<UploadedScan>) => {
    setFiles((list) => list.filter((item) => item.uid !== file.uid));
    const id = file.response?.id;
    if (!id) return;
    current.current = current.current.filter((scan) => scan.id !== id);
    onChange?.(current.current);
  };

  return (
    <Flex vertical gap={4} data-testid={`upload-${documentId}`}>
      <Flex gap={8} wrap>
        <Upload<UploadedScan>
          accept={UPLOAD_ACCEPT}
          multiple
          fileList={files}
          customRequest={customRequest}
          onRemove={remove}
          showUploadList={false}
        >
          <Button size="small" icon={<UploadOutlined />} aria-label={`${t('upload.pick')}: ${documentName}`}>
            {t('upload.pick')}
          </Button>
        </Upload>
        <Upload<UploadedScan>
          accept="image/*"
          capture="environment"
          fileList={files}
          customRequest={customRequest}
          showUploadList={false}
        >
          <Button
            size="small"
            icon={<CameraOutlined />}
            aria-label={`${t('upload.camera')}: ${documentName}`}
          >
            {t('upload.camera')}
          </Button>
        </Upload>
      </Flex>
      <Upload<UploadedScan> fileList={files} onRemove={remove} openFileDialogOnClick={false} />
      {problem && (
        <Typography.Text type="danger" role="alert" data-testid={`upload-error-${documentId}`}>
          {problem}
        </Typography.Text>
      )}
    </Flex>
  );
}
