/** /dossiers/new: a reception officer receives a dossier at the counter of their own one-stop unit. */
import { Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session';
import { useOfferedProcedures, type CreatedDossier } from './dossiers.api';
import type { IntakeDecision } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';
import { IntakeForm } from './IntakeForm';
import { IntakeResult } from './IntakeResult';

export function IntakePage() {
  const { t } = useDossierI18n();
  const user = useCurrentUser();
  const procedures = useOfferedProcedures(user.unitId);
  const [done, setDone] = useState<{ created: CreatedDossier; decision: IntakeDecision } | null>(null);
  // A new form (fresh state and idempotency key) after each intake.
  const [round, setRound] = useState(0);

  if (done) {
    return (
      <IntakeResult
        created={done.created}
        decision={done.decision}
        onNext={() => {
          setDone(null);
          setRound((value) => value + 1);
        }}
      />
    );
  }
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="intake-title">
        {t('intake.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intake.subtitle')}</Typography.Paragraph>
      <IntakeForm
        key={round}
        mode="counter"
        procedures={procedures.data}
        proceduresLoading={procedures.isFetching}
        counterUnitId={user.unitId}
        initialApplicant={{ kind: 'person', fullName: '' }}
        onCreated={(created, decision) => setDone({ created, decision })}
      />
    </>
  );
}
