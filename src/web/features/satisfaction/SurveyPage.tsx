/**
 * /danh-gia/:token — the public, mobile-first survey a QR code, an SMS/Zalo link or the citizen's account
 * opens: which dossier it is about, the questions, then a thank-you. A used or expired link says so.
 */
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useSession } from '../auth/session';
import { formatDateTime } from '../../app/i18n/format';
import { SurveyForm } from './SurveyForm';
import { usePublicSurvey, useSubmitSurvey, type PublicSurvey } from './satisfaction.api';
import { useSatisfactionI18n } from './satisfaction.messages';

/** The dossier a survey is about. */
export function SurveyHeader({ survey, large = false }: { survey: PublicSurvey; large?: boolean }) {
  const { t } = useSatisfactionI18n();
  return (
    <Card>
      <Typography.Title level={large ? 2 : 3} style={{ marginTop: 0 }} data-testid="survey-title">
        {t('sat.survey.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: large ? 18 : 14 }}>
        {t('sat.survey.intro')}
      </Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'dossier',
            label: t('sat.survey.dossier'),
            children: (
              <span data-testid="survey-dossier">
                {survey.dossierCode} — {survey.procedureName}
              </span>
            ),
          },
          { key: 'unit', label: t('sat.survey.unit'), children: survey.unitName },
          { key: 'returned', label: t('sat.survey.returnedAt'), children: formatDateTime(survey.returnedAt) },
        ]}
      />
    </Card>
  );
}

/**
 * Where a citizen goes after rating: their dossiers when signed in as a citizen, else the public tracking
 * page of the rated dossier (the kiosk has its own "next" instead).
 */
function BackToDossiers({ code }: { code: string | null }) {
  const { t } = useSatisfactionI18n();
  const navigate = useNavigate();
  const citizen = useSession().data?.kind === 'citizen';
  const target = citizen ? '/dossiers' : code ? `/tra-cuu?code=${encodeURIComponent(code)}` : '/tra-cuu';
  return (
    <Button type="primary" onClick={() => void navigate(target)} data-testid="survey-back">
      {t(citizen ? 'sat.survey.backToDossiers' : 'sat.survey.trackDossier')}
    </Button>
  );
}

/** Answers a survey link and shows the thank-you (shared with the kiosk). */
export function SurveyFlow({
  token,
  large = false,
  onDone,
}: {
  token: string;
  large?: boolean;
  onDone?: () => void;
}) {
  const { t } = useSatisfactionI18n();
  const survey = usePublicSurvey(token);
  const submit = useSubmitSurvey(token);
  if (survey.isPending) return <Skeleton active />;
  if (survey.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('sat.survey.invalid')}
        description={survey.error.message}
        data-testid="survey-error"
      />
    );
  }
  if (submit.isSuccess) {
    return (
      <Result
        status="success"
        title={t('sat.survey.thanks')}
        data-testid="survey-thanks"
        extra={onDone ? undefined : <BackToDossiers code={survey.data.dossierCode} />}
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <SurveyHeader survey={survey.data} large={large} />
      {survey.data.answered ? (
        <Result
          status="info"
          title={t('sat.survey.answered')}
          data-testid="survey-answered"
          extra={onDone ? undefined : <BackToDossiers code={survey.data.dossierCode} />}
        />
      ) : (
        <SurveyForm
          survey={survey.data}
          large={large}
          submitting={submit.isPending}
          error={submit.error?.message ?? null}
          onSubmit={(input) => submit.mutate(input)}
        />
      )}
    </Flex>
  );
}

export function SurveyPage() {
  const { token = '' } = useParams();
  return (
    <Flex vertical style={{ maxWidth: 720, margin: '0 auto', width: '100%' }}>
      <SurveyFlow token={token} />
    </Flex>
  );
}
