/** A code of conduct's text: rules and principles, with its version and publication date. */
import { Card, Typography } from 'antd';
import type { ConductCode } from '../../../contracts/conduct';
import { formatDate } from '../../app/i18n/format';
import { useConductI18n } from './conduct.messages';

export function CodeView({ code }: { code: ConductCode }) {
  const { t } = useConductI18n();
  return (
    <Card title={code.title} data-testid="conduct-code">
      <Typography.Text type="secondary">
        {code.unitName} · {t('cond.version', { version: code.version, date: formatDate(code.publishedAt) })}
      </Typography.Text>
      <Typography.Title level={5}>{t('cond.rules')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{code.rules}</Typography.Paragraph>
      <Typography.Title level={5}>{t('cond.principles')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{code.principles}</Typography.Paragraph>
    </Card>
  );
}
