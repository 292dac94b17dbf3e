/** /danh-gia-cua-toi — the citizen's returned dossiers, each with a button to rate it (the online channel). */
import { Button, Card, List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { useInvite, useRateable } from './satisfaction.api';
import { useSatisfactionI18n } from './satisfaction.messages';

export function MyRatingsPage() {
  const { t } = useSatisfactionI18n();
  const navigate = useNavigate();
  const rateable = useRateable('');
  const invite = useInvite();
  return (
    <Card title={<span data-testid="my-ratings-title">{t('sat.mine.title')}</span>}>
      <List
        loading={rateable.isPending}
        dataSource={rateable.data ?? []}
        locale={{ emptyText: t('sat.mine.empty') }}
        renderItem={(item) => (
          <List.Item
            actions={[
              item.rated ? (
                <Tag color="success" key="rated">
                  {t('sat.mine.rated')}
                </Tag>
              ) : (
                <Button
                  key="rate"
                  type="primary"
                  loading={invite.isPending}
                  data-testid={`rate-${item.code}`}
                  onClick={() =>
                    invite.mutate(
                      { dossierId: item.dossierId, channel: 'online' },
                      { onSuccess: (issued) => void navigate(`/danh-gia/${issued.token}`) },
                    )
                  }
                >
                  {t('sat.mine.rate')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={item.code}
              description={
                <Typography.Text type="secondary">
                  {item.procedureName} — {formatDateTime(item.returnedAt)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
