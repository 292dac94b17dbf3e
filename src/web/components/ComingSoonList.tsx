/** Features not built yet, each plainly marked "coming soon" (never with made-up data). */
import { ClockCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useI18n } from '../app/i18n/context';

export function ComingSoonList({ items }: { items: string[] }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8} data-testid="coming-soon" role="list">
      {items.map((item) => (
        <Flex key={item} justify="space-between" align="center" gap={16} role="listitem">
          <Typography.Text type="secondary">{item}</Typography.Text>
          <Tag icon={<ClockCircleOutlined />}>{t('state.comingSoon')}</Tag>
        </Flex>
      ))}
    </Flex>
  );
}
