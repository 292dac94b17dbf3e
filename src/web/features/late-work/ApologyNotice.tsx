/**
 * What the applicant is told when their dossier is late (form 04): an apology, the reason and the new
 * return date, shown prominently on the public tracking page and on the applicant's own dossier page.
 */
import { Alert, Descriptions, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format';
import type { ApologyNoticeData } from './late-work-rules';
import { useLateWorkI18n } from './late-work.messages';

export function ApologyNotice({ apology }: { apology: ApologyNoticeData }) {
  const { t } = useLateWorkI18n();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="apology-notice"
      title={<Typography.Text strong>{t('notice.title')}</Typography.Text>}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {apology.unitName ? t('notice.body', { unit: apology.unitName }) : t('notice.bodyNoUnit')}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'new',
                label: t('notice.newDate'),
                children: (
                  <Typography.Text strong style={{ fontSize: 16 }} data-testid="apology-new-date">
                    {formatDateTime(apology.newDueAt)}
                  </Typography.Text>
                ),
              },
              ...(apology.previousDueAt
                ? [
                    {
                      key: 'old',
                      label: t('notice.previous'),
                      children: formatDateTime(apology.previousDueAt),
                    },
                  ]
                : []),
              {
                key: 'reason',
                label: t('notice.reason'),
                children: <span data-testid="apology-reason-text">{apology.reason}</span>,
              },
              { key: 'issued', label: t('notice.issued'), children: formatDateTime(apology.issuedAt) },
            ]}
          />
        </>
      }
    />
  );
}
