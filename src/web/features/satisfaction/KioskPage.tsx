/**
 * /kiosk/danh-gia — the counter rating screen for reception officers: full screen, no menu. The officer
 * picks the dossier just returned; the citizen then rates it on the same screen with large buttons, or
 * takes a QR code / link (printed on the invitation slip, or sent by SMS or Zalo).
 */
import { Button, Card, Flex, Input, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { InvitationCard } from './InvitationCard';
import { SurveyFlow } from './SurveyPage';
import { useInvite, useRateable, type RateableDossier, type SurveyInvitation } from './satisfaction.api';
import { useSatisfactionI18n } from './satisfaction.messages';

const LINK_CHANNELS = ['qr', 'sms', 'zalo'] as const;

export function KioskPage() {
  const { t } = useSatisfactionI18n();
  const [search, setSearch] = useState('');
  const [channel, setChannel] = useState<(typeof LINK_CHANNELS)[number]>('qr');
  const [kioskToken, setKioskToken] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<SurveyInvitation | null>(null);
  const rateable = useRateable(search);
  const invite = useInvite();

  if (kioskToken) {
    return (
      <Flex
        vertical
        gap={16}
        style={{ minHeight: '100vh', padding: 32, background: '#f5f7fb' }}
        data-testid="kiosk-survey"
      >
        <div style={{ maxWidth: 1100, margin: '0 auto', width: '100%' }}>
          <SurveyFlow token={kioskToken} large />
          <Button
            size="large"
            style={{ marginTop: 24, height: 64, fontSize: 20 }}
            block
            onClick={() => setKioskToken(null)}
            data-testid="kiosk-next"
          >
            {t('sat.kiosk.next')}
          </Button>
        </div>
      </Flex>
    );
  }

  const start = (dossier: RateableDossier, wanted: string) =>
    invite.mutate(
      { dossierId: dossier.dossierId, channel: wanted },
      { onSuccess: (issued) => (wanted === 'kiosk' ? setKioskToken(issued.token) : setInvitation(issued)) },
    );

  return (
    <Flex vertical gap={16} style={{ minHeight: '100vh', padding: 24, background: '#f5f7fb' }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="kiosk-title">
          {t('sat.kiosk.title')}
        </Typography.Title>
        <Link to="/">{t('sat.kiosk.exit')}</Link>
      </Flex>
      <Card>
        <Typography.Paragraph style={{ fontSize: 18 }}>{t('sat.kiosk.pick')}</Typography.Paragraph>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            size="large"
            allowClear
            placeholder={t('sat.kiosk.search')}
            onSearch={setSearch}
            style={{ maxWidth: 420 }}
            data-testid="kiosk-search"
          />
          <Segmented
            size="large"
            value={channel}
            onChange={(value) => setChannel(value)}
            options={LINK_CHANNELS.map((c) => ({ value: c, label: t(`sat.channel.${c}`) }))}
          />
        </Flex>
        <Table<RateableDossier>
          rowKey="dossierId"
          size="middle"
          loading={rateable.isPending}
          dataSource={rateable.data ?? []}
          pagination={{ pageSize: 8 }}
          columns={[
            {
              title: t('sat.survey.dossier'),
              dataIndex: 'code',
              render: (code: string, row) => (
                <span data-testid="kiosk-row">
                  {code}
                  <br />
                  <Typography.Text type="secondary">{row.procedureName}</Typography.Text>
                </span>
              ),
            },
            { title: t('sat.kiosk.applicant'), dataIndex: 'applicantName' },
            {
              title: t('sat.survey.returnedAt'),
              dataIndex: 'returnedAt',
              render: (value: string) => formatDateTime(value),
            },
            {
              title: '',
              key: 'actions',
              render: (_, row) => (
                <Flex gap={8} wrap>
                  <Button
                    type="primary"
                    size="large"
                    onClick={() => start(row, 'kiosk')}
                    data-testid={`kiosk-start-${row.code}`}
                  >
                    {t('sat.kiosk.start')}
                  </Button>
                  <Button
                    size="large"
                    onClick={() => start(row, channel)}
                    data-testid={`kiosk-link-${row.code}`}
                  >
                    {t('sat.kiosk.link')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {invitation && <InvitationCard invitation={invitation} />}
    </Flex>
  );
}
