/** The explanations filed on a dossier: who, which reason, for which step due when, the text and the file. */
import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, List, Typography } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import { formatDateTime } from '../../app/i18n/format';
import type { DossierLateWork } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

export function ExplanationList({
  explanations,
  periods,
}: {
  explanations: DossierLateWork['explanations'];
  periods: Dossier['periods'];
}) {
  const { t } = useLateWorkI18n();
  return (
    <List
      size="small"
      dataSource={explanations}
      data-testid="explanation-list"
      renderItem={(e) => (
        <List.Item key={e.id} data-testid="explanation-item">
          <Flex vertical gap={2}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.createdAt)} · {periods[e.periodIndex]?.task ?? e.stepId}
            </Typography.Text>
            <Typography.Text strong>
              {t('explain.item', {
                name: e.userName,
                reason: e.reasonLabel,
                due: formatDateTime(e.stepDueAt),
              })}
            </Typography.Text>
            <Typography.Text>{e.text}</Typography.Text>
            {e.attachmentId && (
              <a href={`/api/v1/attachments/${e.attachmentId}`} target="_blank" rel="noopener">
                <PaperClipOutlined /> {t('explain.attachment')}
              </a>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
