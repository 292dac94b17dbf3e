/**
 * What an intake produced: the dossier code, the due time, the tracking PIN (shown only this once) and the
 * form to print — the receipt slip (with the PIN on it), the supplement request or the refusal.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import type { CreatedDossier } from './dossiers.api';
import { formUrl, type FormName, type IntakeDecision } from './dossier-rules';
import { useDossierI18n, type DossierMessageKey } from './dossiers.messages';

interface Outcome {
  status: 'success' | 'info' | 'warning';
  title: DossierMessageKey;
  form: FormName | null;
  print: DossierMessageKey | null;
}

const OUTCOMES: Record<IntakeDecision, Outcome> = {
  accept: { status: 'success', title: 'result.accepted', form: 'receipt', print: 'result.print01' },
  request_supplement: {
    status: 'info',
    title: 'result.supplement',
    form: 'supplement',
    print: 'result.print02',
  },
  reject: { status: 'warning', title: 'result.rejected', form: 'refusal', print: 'result.print03' },
  submit: { status: 'success', title: 'result.submitted', form: null, print: null },
};

interface Props {
  created: CreatedDossier;
  decision: IntakeDecision;
  /** Starts a new intake (officials) — absent for a citizen. */
  onNext?: () => void;
}

export function IntakeResult({ created, decision, onNext }: Props) {
  const { t } = useDossierI18n();
  const { dossier, trackingPin } = created;
  const outcome = OUTCOMES[decision];
  const facts = [
    {
      key: 'code',
      label: t('result.code'),
      children: (
        <Typography.Text strong copyable data-testid="created-code">
          {dossier.code ?? t('code.none')}
        </Typography.Text>
      ),
    },
    { key: 'procedure', label: t('detail.procedure'), children: dossier.procedure.name },
    { key: 'applicant', label: t('detail.applicant'), children: dossier.applicant.fullName },
    ...(dossier.receivedAt
      ? [{ key: 'received', label: t('result.receivedAt'), children: formatDateTime(dossier.receivedAt) }]
      : []),
    ...(dossier.dueAt
      ? [
          {
            key: 'due',
            label: t('result.due'),
            children: (
              <Typography.Text strong data-testid="created-due">
                {formatDateTime(dossier.dueAt)}
              </Typography.Text>
            ),
          },
        ]
      : []),
    {
      key: 'pin',
      label: t('result.pin'),
      children: (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong style={{ fontSize: 20, letterSpacing: 4 }} data-testid="created-pin">
            {trackingPin || t('result.pin.reissued')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('result.pin.help')}
          </Typography.Text>
        </Space>
      ),
    },
  ];
  return (
    <Result
      status={outcome.status}
      title={<span data-testid="intake-result-title">{t(outcome.title)}</span>}
      subTitle={decision === 'submit' ? t('result.submitted.text') : undefined}
      data-testid="intake-result"
      extra={
        <Space wrap style={{ justifyContent: 'center' }}>
          {outcome.form && outcome.print && (
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              // the PIN is known only now: the slip printed from here carries it (the server checks it)
              href={formUrl(dossier.id, outcome.form, 'html', {
                pin: outcome.form === 'receipt' ? trackingPin || undefined : undefined,
              })}
              target="_blank"
              rel="noopener"
              data-testid="print-form"
            >
              {t(outcome.print)}
            </Button>
          )}
          <Link to={`/dossiers/${dossier.id}`}>
            <Button data-testid="open-dossier">{t('result.open')}</Button>
          </Link>
          {onNext ? (
            <Button onClick={onNext} data-testid="intake-next">
              {t('result.next')}
            </Button>
          ) : (
            <Link to="/dossiers">
              <Button>{t('result.myDossiers')}</Button>
            </Link>
          )}
        </Space>
      }
    >
      <Descriptions
        bordered
        column={1}
        size="small"
        items={facts}
        style={{ maxWidth: 720, margin: '0 auto' }}
      />
    </Result>
  );
}
