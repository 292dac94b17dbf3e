/**
 * "Dùng lại giấy tờ đã số hóa" in online submission: the citizen's still-valid store items that can stand for
 * a document of the chosen procedure (`listReuseOffers`, the rule the server checks again): a digitised
 * component for the same component, a past result for a component that accepts results of its procedure.
 * Each offer has a switch; choosing it reuses the item for that document instead of uploading it again.
 */
import { Card, Flex, Switch, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { listReuseOffers } from '../../../domain/digitisation/reuse';
import type { RequiredDocument } from '../../../domain/procedures/definition';
import { formatDate } from '../../app/i18n/format';
import { clearReuseChoices, setReuseChoice, useMyStore, useReuseChoices } from './digitisation.api';
import { useDigitisationI18n } from './digitisation.messages';

interface Props {
  /** The documents the chosen procedure and case ask for. */
  documents: readonly RequiredDocument[];
  /** Told when a document is given by a store item (so the checklist shows it handed in). */
  onChosen?: (documentId: string) => void;
}

export function ReuseDocumentPicker({ documents, onChosen }: Props) {
  const { t } = useDigitisationI18n();
  const store = useMyStore();
  const chosen = useReuseChoices();
  const documentIds = documents.map((doc) => doc.id).join(' ');
  // another procedure or case: earlier choices no longer apply; leaving the screen clears them too
  useEffect(() => {
    clearReuseChoices();
    return clearReuseChoices;
  }, [documentIds]);
  const offers = useMemo(
    () =>
      listReuseOffers(
        (store.data ?? [])
          .filter((item) => item.valid)
          .map((item) => ({ ...item, sourceProcedureCode: item.sourceDossier.procedureCode })),
        documents,
      ),
    [store.data, documents],
  );
  if (offers.length === 0) return null;
  return (
    <Card size="small" title={t('reuse.title')} style={{ marginBottom: 16 }} data-testid="reuse-picker">
      <Typography.Paragraph type="secondary">{t('reuse.hint')}</Typography.Paragraph>
      <Flex vertical gap={12} role="list">
        {offers.map(({ item, document }) => (
          <Flex
            key={`${item.id}:${document.id}`}
            gap={8}
            align="flex-start"
            role="listitem"
            data-testid={`reuse-offer-${document.id}`}
          >
            <Switch
              size="small"
              style={{ marginTop: 3 }}
              checked={chosen[document.id] === item.id}
              onChange={(on) => {
                setReuseChoice(document.id, on ? item.id : null);
                if (on) onChosen?.(document.id);
              }}
              aria-label={`${t('reuse.use')}: ${item.name}`}
              data-testid={`reuse-${item.id}`}
            />
            <Flex vertical gap={2} style={{ flex: '1 1 160px', minWidth: 0 }}>
              <Typography.Text>
                <Tag color={item.kind === 'result' ? 'green' : 'blue'}>{t(`store.kind.${item.kind}`)}</Tag>
                {item.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.kind === 'result' && `${t('reuse.for', { name: document.name })} · `}
                {item.sourceDossier.code
                  ? t('store.source', { code: item.sourceDossier.code })
                  : item.sourceDossier.procedureName}
                {' · '}
                {item.validUntil
                  ? t('store.validUntil', { day: formatDate(item.validUntil) })
                  : t('store.noEnd')}
              </Typography.Text>
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
