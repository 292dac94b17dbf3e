/** /dossiers/submit: a citizen submits a dossier online; the applicant is prefilled from the account. */
import { Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../auth/session';
import { useOnlineProcedures, type CreatedDossier } from './dossiers.api';
import { useDossierI18n } from './dossiers.messages';
import { IntakeForm } from './IntakeForm';
import { IntakeResult } from './IntakeResult';
import { ReuseDocumentPicker } from '../digitisation/ReuseDocumentPicker';

export function SubmitPage() {
  const { t } = useDossierI18n();
  const user = useCurrentUser();
  const procedures = useOnlineProcedures();
  const [created, setCreated] = useState<CreatedDossier | null>(null);
  // from the public procedure page's "Nộp trực tuyến" button
  const [search] = useSearchParams();

  if (created) return <IntakeResult created={created} decision="submit" />;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="submit-title">
        {t('submit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('submit.subtitle')}</Typography.Paragraph>
      <IntakeForm
        mode="online"
        procedures={procedures.data}
        proceduresLoading={procedures.isFetching}
        counterUnitId={null}
        initialProcedureId={search.get('procedureId')}
        initialApplicant={{
          kind: 'person',
          fullName: user.fullName,
          idNumber: user.idNumber,
          phone: user.phone,
          email: user.email,
        }}
        renderReuse={(documents, markProvided) => (
          <ReuseDocumentPicker documents={documents} onChosen={markProvided} />
        )}
        onCreated={(result) => setCreated(result)}
      />
    </>
  );
}
