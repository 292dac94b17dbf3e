/**
 * "Dùng lại giấy tờ đã số hóa" in online submission: the citizen's still-valid store items, each with a
 * choice to reuse it for the component of the same kind instead of uploading it again. The server checks
 * again that the item is the applicant's own and still valid. Mounted on /dossiers/submit.
 */
import { Card, Flex, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { formatDate } from '../../app/i18n/format';
import { clearReuseChoices, setReuseChoice, useMyStore, useReuseChoices } from './digitisation.api';
import { useDigitisationI18n } from './digitisation.messages';

export function ReuseDocumentPicker() {
  const { t } = useDigitisationI18n();
  const store = useMyStore();
  const chosen = useReuseChoices();
  useEffect(() => clearReuseChoices, []);
  // a component item stands for the same component; one choice per component
  const reusable = (store.data ?? []).filter((item) => item.valid && item.kind === 'component');
  if (reusable.length === 0) return null;
  return (
    <Card size="small" title={t('reuse.title')} style={{ marginBottom: 16 }} data-testid="reuse-picker">
      <Typography.Paragraph type="secondary">{t('reuse.hint')}</Typography.Paragraph>
      <Flex vertical gap={8} role="list">
        {reusable.map((item) => (
          <Flex key={item.id} gap={8} align="center" wrap role="listitem">
            <Switch
              size="small"
              checked={chosen[item.documentId] === item.id}
              onChange={(on) => setReuseChoice(item.documentId, on ? item.id : null)}
              aria-label={`${t('reuse.use')}: ${item.name}`}
              data-testid={`reuse-${item.id}`}
            />
            <Typography.Text style={{ flex: '1 1 160px', minWidth: 0 }}>{item.name}</Typography.Text>
            <Tag>
              {item.validUntil
                ? t('store.validUntil', { day: formatDate(item.validUntil) })
                : t('store.noEnd')}
            </Tag>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
