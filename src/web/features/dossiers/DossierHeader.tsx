/** The head of a dossier page: code and status, procedure and applicant, due times, current step and holder. */
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import { formatDateTime } from '../../app/i18n/format';
import { useDossierI18n } from './dossiers.messages';
import { StatusTag } from './StatusTag';

/**
 * Late: not finished and past its due time (or the server holds it back for want of an apology, which
 * also covers a development clock moved ahead of the browser's).
 */
function isLate(dossier: Dossier, now: number): boolean {
  if (dossier.lateWorkBlockers.some((blocker) => blocker.code === 'apology_required')) return true;
  return !dossier.finishedAt && !!dossier.dueAt && new Date(dossier.dueAt).getTime() < now;
}

export function DossierHeader({ dossier }: { dossier: Dossier }) {
  const { t } = useDossierI18n();
  const { applicant, currentStep } = dossier;
  const late = isLate(dossier, Date.now());
  const contact = [applicant.phone, applicant.email].filter(Boolean).join(' · ');
  const items = [
    { key: 'procedure', label: t('detail.procedure'), span: 2, children: dossier.procedure.name },
    {
      key: 'applicant',
      label: t('detail.applicant'),
      children: (
        <span data-testid="detail-applicant">
          {applicant.fullName}
          {applicant.idNumber ? ` — ${applicant.idNumber}` : ''}
        </span>
      ),
    },
    { key: 'contact', label: t('detail.contact'), children: contact || t('state.none') },
    { key: 'channel', label: t('detail.channel'), children: t(`channel.${dossier.channel}`) },
    { key: 'unit', label: t('detail.receivingUnit'), children: dossier.receivingUnit.name },
    ...(dossier.returnMethod
      ? [
          {
            key: 'returnMethod',
            label: t('detail.returnMethod'),
            children: <span data-testid="detail-return-method">{t(`method.${dossier.returnMethod}`)}</span>,
          },
        ]
      : []),
    ...(dossier.book
      ? [
          {
            key: 'book',
            label: t('detail.book'),
            children: <span data-testid="detail-book">{t('detail.bookLine', dossier.book)}</span>,
          },
        ]
      : []),
    {
      key: 'received',
      label: t('detail.receivedAt'),
      children: formatDateTime(dossier.receivedAt) || t('state.none'),
    },
    {
      key: 'due',
      label: t('detail.dueAt'),
      children: (
        <Typography.Text type={late ? 'danger' : undefined} strong data-testid="detail-due">
          {formatDateTime(dossier.dueAt) || t('state.none')}
        </Typography.Text>
      ),
    },
    ...(currentStep
      ? [
          {
            key: 'step',
            label: t('detail.step'),
            children: (
              <span data-testid="detail-step">
                {currentStep.task} — {currentStep.unitName}
              </span>
            ),
          },
          {
            key: 'holder',
            label: t('detail.holder'),
            children: (
              <span data-testid="detail-holder">{dossier.holder?.name ?? t('detail.unassigned')}</span>
            ),
          },
          { key: 'stepDue', label: t('detail.stepDue'), children: formatDateTime(currentStep.dueAt) },
        ]
      : []),
    ...(dossier.finishedAt
      ? [{ key: 'finished', label: t('detail.finishedAt'), children: formatDateTime(dossier.finishedAt) }]
      : []),
    ...(dossier.returnedAt
      ? [{ key: 'returned', label: t('detail.returnedAt'), children: formatDateTime(dossier.returnedAt) }]
      : []),
  ];
  return (
    <Card>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }} copyable={!!dossier.code} data-testid="detail-code">
          {dossier.code ?? t('code.none')}
        </Typography.Title>
        <StatusTag status={dossier.status} />
        {late && <Tag color="red">{t('late.tag')}</Tag>}
      </Flex>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" items={items} data-testid="detail-facts" />
    </Card>
  );
}
