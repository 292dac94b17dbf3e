/** The documents recorded at intake (named from the procedure version) and the fees of the dossier. */
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Descriptions, Flex, Typography } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { formatMoney } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

interface Props {
  dossier: Dossier;
  definition: ProcedureDefinition | undefined;
}

export function DossierDocuments({ dossier, definition }: Props) {
  const { t } = useDossierI18n();
  const names = new Map((definition?.documents ?? []).map((doc) => [doc.id, doc.name]));
  return (
    <Flex vertical gap={16}>
      {dossier.documents.length === 0 ? (
        <Typography.Text type="secondary">{t('documents.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8} role="list" data-testid="dossier-documents">
          {dossier.documents.map((doc) => (
            <Flex key={doc.documentId} gap={8} align="start" role="listitem">
              {doc.provided ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('detail.provided')} />
              ) : (
                <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label={t('detail.notProvided')} />
              )}
              <Flex vertical gap={2}>
                <Typography.Text type={doc.provided ? undefined : 'secondary'}>
                  {names.get(doc.documentId) ?? doc.documentId}
                </Typography.Text>
                {(doc.attachmentIds ?? []).length > 0 && (
                  <Flex gap={8} wrap>
                    {(doc.attachmentIds ?? []).map((id, index) => (
                      <a
                        key={id}
                        href={`/api/v1/attachments/${id}`}
                        target="_blank"
                        rel="noopener"
                        data-testid={`dossier-file-${doc.documentId}`}
                      >
                        {t('detail.file', { number: index + 1 })}
                      </a>
                    ))}
                  </Flex>
                )}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
      {dossier.fees.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          title={t('detail.fees')}
          items={dossier.fees.map((fee, index) => ({
            key: index,
            label: fee.detail ? `${fee.name} (${fee.detail})` : fee.name,
            // an amount never breaks across lines ("15.000 đ"), also beside a long fee name on a phone
            children: <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(fee.amount)}</span>,
          }))}
        />
      )}
    </Flex>
  );
}
