/**
 * The intake form shared by the counter and online submission: procedure and case (with legal time and
 * fees), receiving unit (online), applicant and documents checklist; then the decision. Counter:
 * accept, ask for a supplement, or refuse. Online: submit. One idempotency key per submission, kept
 * until it succeeds, so a double click or a retry returns the same dossier.
 */
import { Alert, Button, Card, Flex, Form, Radio, Select } from 'antd';
import { RETURN_METHODS, type ReturnMethod } from '../../../domain/dossiers/return-method';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RequiredDocument } from '../../../domain/procedures/definition';
import type { ProcedureSummary } from './dossiers.api';
import { useCreateDossier, useProcedureDetail, type CreatedDossier } from './dossiers.api';
import { ApplicantFields } from './ApplicantFields';
import { DecisionModal, type DecisionValues } from './DecisionModal';
import { DocumentChecklist } from './DocumentChecklist';
import { DocumentUpload } from './DocumentUpload';
import { DeclarationFields } from './DeclarationFields';
import { toDeclarationAnswers } from './declaration-values';
import type { UploadedScan } from './document-upload';
import { prefillDeclaration } from '../../../domain/procedures/declaration';
import {
  buildIntakeRequest,
  caseDocuments,
  findMissingMandatory,
  newIdempotencyKey,
  toFeeSelection,
  type ApplicantValues,
  type FeeFormValues,
  type IntakeDecision,
} from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';
import { FeeSelectionFields } from './FeeSelectionFields';
import { ProcedureFacts } from './ProcedureFacts';
import { ProcedureSelect } from './ProcedureSelect';
import { requiredRule } from '../../app/i18n/rules';

interface FormValues {
  procedureId?: string;
  /** '' for the usual case. */
  variantId: string;
  receivingUnitId?: string;
  applicant: ApplicantValues;
  provided: string[];
  fees?: FeeFormValues;
  returnMethod: ReturnMethod;
  /** Uploaded scans by document id. */
  scans?: Record<string, UploadedScan[] | undefined>;
  /** The declaration form's answers (online). */
  declaration?: Record<string, unknown>;
}

interface Props {
  mode: 'counter' | 'online';
  procedures: readonly ProcedureSummary[] | undefined;
  proceduresLoading: boolean;
  /** The officer's own unit at the counter; online, the citizen picks one of the units offering it. */
  counterUnitId: string | null;
  initialApplicant: ApplicantValues;
  /** A procedure chosen beforehand (the public page's "Nộp trực tuyến"). */
  initialProcedureId?: string | null;
  /**
   * Online: the choice of store items to reuse for the case's documents, shown above the checklist; a
   * document given that way is marked handed in with `markProvided`.
   */
  renderReuse?: (
    documents: readonly RequiredDocument[],
    markProvided: (documentId: string) => void,
  ) => ReactNode;
  onCreated: (created: CreatedDossier, decision: IntakeDecision) => void;
}

export function IntakeForm(props: Props) {
  const { mode, procedures, proceduresLoading, counterUnitId, initialApplicant, onCreated } = props;
  const { t, locale } = useDossierI18n();
  const [form] = Form.useForm<FormValues>();
  const procedureId = Form.useWatch('procedureId', form);
  const variantId = (Form.useWatch('variantId', form) as string | undefined) || null;
  const provided = (Form.useWatch('provided', form) as string[] | undefined) ?? [];
  const detail = useProcedureDetail(procedureId ?? null);
  const definition = detail.data?.definition ?? null;
  const offeredBy = useMemo(() => detail.data?.offeredBy ?? [], [detail.data]);
  const documents = useMemo(() => caseDocuments(definition, variantId), [definition, variantId]);
  const create = useCreateDossier(locale, {
    network: t('transport.network'),
    unexpected: t('transport.unexpected'),
  });
  const key = useRef<string | null>(null);
  const [asking, setAsking] = useState<'request_supplement' | 'reject' | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Online, the declaration form starts with what the citizen's account knows.
  const declarationForm = mode === 'online' ? (definition?.declaration ?? null) : null;
  useEffect(() => {
    if (!declarationForm) return;
    form.setFieldValue(
      'declaration',
      prefillDeclaration(declarationForm, {
        fullName: initialApplicant.fullName,
        idNumber: initialApplicant.idNumber,
        phone: initialApplicant.phone,
        address: initialApplicant.address,
      }),
    );
    // the declaration filled here is that document: the server renders it and marks it handed in
    const given = new Set((form.getFieldValue('provided') as string[] | undefined) ?? []);
    form.setFieldValue('provided', [...given.add(declarationForm.documentId)]);
  }, [form, declarationForm, initialApplicant]);

  // Online, a procedure received by one unit only needs no choice.
  useEffect(() => {
    if (mode === 'online' && offeredBy.length === 1)
      form.setFieldValue('receivingUnitId', offeredBy[0]!.unitId);
  }, [form, mode, offeredBy]);

  const send = async (decision: IntakeDecision, extra?: DecisionValues) => {
    setError(null);
    // a refusal owes no fee: the fee fields are not asked for then
    const names =
      decision === 'reject'
        ? form
            .getFieldsError()
            .map((field) => field.name)
            .filter((name) => name[0] !== 'fees')
        : undefined;
    const values = await (names ? form.validateFields(names) : form.validateFields()).catch(() => null);
    if (!values) return;
    const receivingUnitId = mode === 'counter' ? counterUnitId : (values.receivingUnitId ?? null);
    if (!values.procedureId || !receivingUnitId) return;
    key.current ??= newIdempotencyKey();
    const body = buildIntakeRequest({
      procedureId: values.procedureId,
      variantId: values.variantId || null,
      receivingUnitId,
      channel: mode === 'counter' ? 'counter' : 'online',
      applicant: values.applicant,
      documents,
      provided: values.provided,
      decision,
      reason: extra?.reason,
      supplementItems: extra?.items,
      feeSelection: decision === 'reject' ? undefined : toFeeSelection(values.fees),
      returnMethod: values.returnMethod,
      scans: values.scans,
      declaration: declarationForm ? toDeclarationAnswers(declarationForm, values.declaration) : undefined,
    });
    create.mutate(
      { body, key: key.current },
      {
        onSuccess: (created) => {
          key.current = null;
          setAsking(null);
          onCreated(created, decision);
        },
        onError: (failure) => {
          setAsking(null);
          setError(failure.message);
        },
      },
    );
  };

  const markProvided = (documentId: string) => {
    const given = new Set((form.getFieldValue('provided') as string[] | undefined) ?? []);
    form.setFieldValue('provided', [...given.add(documentId)]);
  };
  const variants = definition?.variants ?? [];
  const missing = findMissingMandatory(documents, provided);

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{
        procedureId: props.initialProcedureId ?? undefined,
        variantId: '',
        applicant: initialApplicant,
        provided: [],
        returnMethod: mode === 'counter' ? 'counter' : 'online',
      }}
      onValuesChange={(changed: Partial<FormValues>) => {
        if ('procedureId' in changed)
          form.setFieldsValue({
            variantId: '',
            provided: [],
            receivingUnitId: undefined,
            fees: undefined,
            scans: {},
            declaration: undefined,
          });
        // a document with a scan is handed in
        if (changed.scans) {
          const given = new Set(form.getFieldValue('provided') as string[]);
          for (const [id, scans] of Object.entries(changed.scans)) if (scans?.length) given.add(id);
          form.setFieldValue('provided', [...given]);
        }
      }}
      data-testid="intake-form"
    >
      <Flex vertical gap={16}>
        <Card title={t('intake.procedure')}>
          <Form.Item
            name="procedureId"
            label={t('intake.procedure')}
            rules={[requiredRule(t, t('intake.procedure'), 'select')]}
          >
            <ProcedureSelect
              procedures={procedures}
              loading={proceduresLoading}
              showOnlineLevel={mode === 'online'}
            />
          </Form.Item>
          {variants.length > 0 && (
            <Form.Item name="variantId" label={t('intake.variant')}>
              <Select
                options={[
                  { value: '', label: t('intake.variant.default') },
                  ...variants.map((variant) => ({ value: variant.id, label: variant.name })),
                ]}
                data-testid="variant-select"
              />
            </Form.Item>
          )}
          {mode === 'online' && procedureId && (
            <Form.Item
              name="receivingUnitId"
              label={t('intake.unit')}
              rules={[requiredRule(t, t('intake.unit'), 'select')]}
              extra={offeredBy.length === 0 && !detail.isFetching ? t('intake.unit.none') : undefined}
            >
              <Select
                options={offeredBy.map((unit) => ({ value: unit.unitId, label: unit.unitName }))}
                loading={detail.isFetching}
                data-testid="unit-select"
              />
            </Form.Item>
          )}
          {definition && <ProcedureFacts definition={definition} variantId={variantId} />}
        </Card>
        {definition && definition.fees.length > 0 && (
          <Card title={t('fees.title')}>
            <FeeSelectionFields fees={definition.fees} />
          </Card>
        )}
        <Card title={t('applicant.title')}>
          <ApplicantFields />
        </Card>
        {declarationForm && (
          <Card title={`${t('declaration.title')}: ${declarationForm.title}`}>
            <DeclarationFields declaration={declarationForm} hint={t('declaration.hint')} />
          </Card>
        )}
        <Card title={t('documents.title')}>
          {definition &&
            props.renderReuse?.(
              // the declaration is filled in above, never reused
              documents.filter((doc) => doc.id !== declarationForm?.documentId),
              markProvided,
            )}
          {definition ? (
            <Form.Item name="provided" noStyle>
              <DocumentChecklist
                documents={documents}
                renderControls={(doc) =>
                  doc.id === declarationForm?.documentId ? null : (
                    <Form.Item name={['scans', doc.id]} noStyle>
                      <DocumentUpload documentId={doc.id} documentName={doc.name} />
                    </Form.Item>
                  )
                }
              />
            </Form.Item>
          ) : (
            <Alert type="info" showIcon title={t('documents.pick')} />
          )}
        </Card>
        <Card title={t('intake.returnMethod')}>
          <Form.Item name="returnMethod" extra={t('intake.returnMethod.hint')} style={{ marginBottom: 0 }}>
            <Radio.Group
              aria-label={t('intake.returnMethod')}
              options={RETURN_METHODS.map((method) => ({ value: method, label: t(`method.${method}`) }))}
              data-testid="intake-return-method"
            />
          </Form.Item>
        </Card>
        {error && (
          <Alert
            type="error"
            showIcon
            title={t('intake.failed')}
            description={error}
            data-testid="intake-error"
          />
        )}
        <Flex justify="flex-end" gap={12} wrap>
          {mode === 'counter' ? (
            <>
              <Button danger onClick={() => setAsking('reject')} data-testid="intake-reject">
                {t('intake.reject')}
              </Button>
              <Button onClick={() => setAsking('request_supplement')} data-testid="intake-supplement">
                {t('intake.requestSupplement')}
              </Button>
              <Button
                type="primary"
                loading={create.isPending && asking === null}
                onClick={() => void send('accept')}
                data-testid="intake-accept"
              >
                {t('intake.accept')}
              </Button>
            </>
          ) : (
            <Button
              type="primary"
              loading={create.isPending}
              onClick={() => void send('submit')}
              data-testid="intake-submit"
            >
              {t('intake.submit')}
            </Button>
          )}
        </Flex>
      </Flex>
      <DecisionModal
        decision={asking}
        suggestedItems={missing.map((doc) => doc.name)}
        pending={create.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={(values) => {
          if (asking) void send(asking, values);
        }}
      />
    </Form>
  );
}
