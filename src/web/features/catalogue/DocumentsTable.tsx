/** The documents a dossier needs: name (and note), form (original, copy…), count, and whether required. */
import { Table, Tag, Typography } from 'antd';
import type { RequiredDocument } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { documentFormLabel } from '../procedures/procedure-labels';

export function DocumentsTable({ documents }: { documents: readonly RequiredDocument[] }) {
  const { t } = useI18n();
  return (
    <Table<RequiredDocument>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...documents]}
      locale={{ emptyText: t('catalogue.documents.none') }}
      data-testid="procedure-documents"
      columns={[
        { key: 'n', title: t('catalogue.col.number'), width: 60, render: (_v, _d, index) => index + 1 },
        {
          key: 'name',
          title: t('catalogue.col.document'),
          render: (_value, document) => (
            <>
              <div>{document.name}</div>
              {document.note && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {document.note}
                </Typography.Text>
              )}
              {document.templateAttachmentId && (
                <div>
                  <a
                    href={`/api/v1/public/templates/${document.templateAttachmentId}`}
                    data-testid={`template-${document.id}`}
                  >
                    {t('catalogue.documents.template')}
                  </a>
                </div>
              )}
              {!document.templateAttachmentId && document.templateUrl && (
                <div>
                  <a href={document.templateUrl} target="_blank" rel="noreferrer">
                    {t('catalogue.documents.template')}
                  </a>
                </div>
              )}
            </>
          ),
        },
        {
          key: 'form',
          title: t('proc.doc.form'),
          width: 190,
          render: (_value, document) => documentFormLabel(t, document.form),
        },
        { key: 'count', title: t('proc.doc.count'), width: 90, align: 'center', dataIndex: 'count' },
        {
          key: 'mandatory',
          title: t('proc.doc.mandatory'),
          width: 140,
          render: (_value, document) =>
            document.mandatory ? (
              <Tag color="red">{t('catalogue.documents.required')}</Tag>
            ) : (
              <Tag>{t('catalogue.documents.optional')}</Tag>
            ),
        },
      ]}
    />
  );
}
