/**
 * The documents of the case as a checklist: one checkbox per document (mandatory ones marked), its form
 * and number of copies; below it, which mandatory documents are still missing.
 */
import { Alert, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { RequiredDocument } from '../../../domain/procedures/definition';
import { findMissingMandatory } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

interface Props {
  documents: readonly RequiredDocument[];
  /** Ids of the documents handed in. */
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Controls shown under a document's name (its scans upload, other helpers beside it). */
  renderControls?: (doc: RequiredDocument) => ReactNode;
}

export function DocumentChecklist({ documents, value = [], onChange, renderControls }: Props) {
  const { t } = useDossierI18n();
  const given = new Set(value);
  const toggle = (id: string, checked: boolean) =>
    onChange?.(checked ? [...value, id] : value.filter((item) => item !== id));
  const missing = findMissingMandatory(documents, value);
  if (documents.length === 0)
    return <Typography.Text type="secondary">{t('documents.none')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      <Table<RequiredDocument>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...documents]}
        data-testid="document-checklist"
        columns={[
          {
            key: 'provided',
            title: t('documents.col.provided'),
            width: 90,
            align: 'center',
            render: (_value, doc) => (
              <Checkbox
                checked={given.has(doc.id)}
                onChange={(event) => toggle(doc.id, event.target.checked)}
                aria-label={doc.name}
                data-testid={`document-${doc.id}`}
              />
            ),
          },
          {
            key: 'name',
            title: t('documents.col.name'),
            render: (_value, doc) => (
              <Flex vertical gap={2}>
                <span>
                  {doc.name}{' '}
                  {doc.mandatory && (
                    <Tag color="red" style={{ marginInlineStart: 4 }}>
                      {t('documents.mandatory')}
                    </Tag>
                  )}
                </span>
                {doc.note && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {doc.note}
                  </Typography.Text>
                )}
                {renderControls?.(doc)}
              </Flex>
            ),
          },
          {
            key: 'form',
            title: t('documents.col.form'),
            width: 170,
            render: (_value, doc) => t(`docForm.${doc.form}`),
          },
          { key: 'count', title: t('documents.col.count'), width: 90, align: 'center', dataIndex: 'count' },
        ]}
      />
      <Alert
        type={missing.length > 0 ? 'warning' : 'success'}
        showIcon
        data-testid="documents-status"
        title={
          missing.length > 0
            ? t('documents.missing', {
                count: missing.length,
                names: missing.map((doc) => doc.name).join('; '),
              })
            : t('documents.complete')
        }
      />
    </Flex>
  );
}
