/**
 * The dossier page's "Trễ hạn" panel (officials): what blocks the dossier and what to file, the explanation
 * and apology forms for those who may file them, the apology history with the leaders' decision, the
 * explanations, the time each step took, and the alerts sent. Hidden while there is nothing to say.
 */
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Dossier } from '../../../contracts/dossiers';
import { formatDateTime } from '../../app/i18n/format';
import { AlertList } from './AlertList';
import { ApologyForm } from './ApologyForm';
import { ApologyHistory } from './ApologyHistory';
import { DelayTable } from './DelayTable';
import { ExplanationForm } from './ExplanationForm';
import { ExplanationList } from './ExplanationList';
import { LateWorkBlockers } from './LateWorkBlockers';
import { useDossierLateWork, type DossierLateWork } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';
import { useDuration } from './useDuration';

/** The apology form opens by itself once the lead time has come (or the dossier is overdue). */
function isApologyDue(view: DossierLateWork): boolean {
  return view.canDraftApology && (view.apologyAdvised || view.dossierOverdue);
}

/** True when the panel has something to show. */
function hasContent(view: DossierLateWork): boolean {
  return (
    view.blockers.length > 0 ||
    view.canExplain ||
    isApologyDue(view) ||
    view.explanations.length > 0 ||
    view.apologies.length > 0 ||
    view.alerts.length > 0 ||
    view.delay.lateByMinutes > 0 ||
    view.delay.periods.some((p) => p.overrunMinutes > 0)
  );
}

export function LateWorkPanel({ dossier }: { dossier: Dossier }) {
  const { t } = useLateWorkI18n();
  const [draftingEarly, setDraftingEarly] = useState(false);
  const duration = useDuration();
  const query = useDossierLateWork(dossier.id, true);
  const view = query.data;
  if (!view || !hasContent(view)) return null;
  const section = (title: string) => (
    <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
      {title}
    </Typography.Title>
  );
  const pending = view.apologies.some((a) => a.status === 'pending');
  const facts = [
    ...(view.overdueStep
      ? [{ key: 'step', label: t('facts.stepDue'), children: formatDateTime(view.overdueStep.dueAt) }]
      : []),
    { key: 'legal', label: t('facts.legalDue'), children: formatDateTime(view.legalDueAt) || '—' },
    ...(view.delay.lateByMinutes > 0
      ? [{ key: 'late', label: t('facts.lateBy'), children: duration(view.delay.lateByMinutes) }]
      : []),
    { key: 'left', label: t('facts.extensionsLeft'), children: view.extensionsLeft },
    ...(view.apologyLatestAt && view.extensionsLeft > 0 && (view.apologyAdvised || pending)
      ? [
          {
            key: 'latest',
            label: t('facts.latestAt'),
            children: (
              <Typography.Text type={view.apologyLateNow ? 'danger' : undefined} data-testid="apology-latest">
                {formatDateTime(view.apologyLatestAt)}
              </Typography.Text>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('panel.title')} size="small" id="late-work" data-testid="late-work-panel">
      <Flex vertical gap={12}>
        <LateWorkBlockers dossier={dossier} />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={facts} />
        {view.apologyLateNow && view.extensionsLeft > 0 && (
          <Typography.Text type="danger" data-testid="apology-late-now">
            {t('facts.lateNow')}
          </Typography.Text>
        )}
        {view.canExplain && <ExplanationForm view={view} />}
        {view.canDraftApology && (isApologyDue(view) || draftingEarly) && (
          <ApologyForm view={view} currentDueAt={dossier.dueAt} />
        )}
        {view.canDraftApology && !isApologyDue(view) && !draftingEarly && (
          <Button size="small" onClick={() => setDraftingEarly(true)} data-testid="apology-draft-early">
            {t('apology.draftEarly')}
          </Button>
        )}
        {view.apologies.length > 0 && (
          <>
            {section(t('apology.history'))}
            <ApologyHistory apologies={view.apologies} />
          </>
        )}
        {view.explanations.length > 0 && (
          <>
            {section(t('explain.list'))}
            <ExplanationList explanations={view.explanations} periods={dossier.periods} />
          </>
        )}
        {view.delay.periods.length > 0 && (
          <>
            {section(t('delay.title'))}
            <DelayTable delay={view.delay} periods={dossier.periods} />
          </>
        )}
        {view.alerts.length > 0 && (
          <>
            {section(t('alerts.title'))}
            <AlertList
              testId="dossier-alerts"
              rows={view.alerts.map((a, index) => ({
                key: `${a.kind}-${a.level}-${index}`,
                kind: a.kind,
                level: a.level,
                firedAt: a.firedAt,
                dueAt: a.dueAt,
                recipients: a.recipients,
              }))}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
