/** The public page of a unit's code of conduct (no sign-in): the version in force and earlier versions. */
import { Empty, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { formatDate } from '../../app/i18n/format';
import { CodeView } from './CodeView';
import { usePublicCode } from './conduct.api';
import { useConductI18n } from './conduct.messages';

export function PublicCodePage() {
  const { unitId = '' } = useParams();
  const { t } = useConductI18n();
  const code = usePublicCode(unitId);
  if (code.isLoading) return <Skeleton active />;
  if (!code.data) return <Empty description={t('cond.none')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={2}>{t('cond.code')}</Typography.Title>
      <CodeView code={code.data.current} />
      <Typography.Text type="secondary">
        {code.data.versions
          .map((v) => t('cond.version', { version: v.version, date: formatDate(v.publishedAt) }))
          .join(' · ')}
      </Typography.Text>
    </Space>
  );
}
