/**
 * The dialog of one action on a dossier: asks only what the action takes (reason, items, next handler,
 * return method, agency, note) and sends it with the version shown. A stale version (409) is reported
 * and the dossier reloaded.
 */
import { Alert, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import type { DossierActionType } from '../../../domain/dossiers/status';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { showError, showSuccess } from '../../app/feedback';
import { isApiError } from '../../app/http';
import { roleLabel } from '../../app/i18n/labels';
import { requiredRule } from '../../app/i18n/rules';
import { useCurrentUser } from '../auth/session';
import {
  actionFormSpec,
  buildActionRequest,
  findNextStep,
  isEarlyReturn,
  mayChooseHandler,
  type ActionValues,
} from './dossier-rules';
import { useDossierAction, useHandlers } from './dossiers.api';
import { useDossierI18n } from './dossiers.messages';

interface Props {
  dossier: Dossier;
  type: DossierActionType | null;
  definition: ProcedureDefinition | undefined;
  /** The button's text, which names the action in the dialog's title. */
  title: string;
  onClose: () => void;
  onConflict: () => void;
}

export function ActionModal({ dossier, type, definition, title, onClose, onConflict }: Props) {
  const { t, locale } = useDossierI18n();
  const user = useCurrentUser();
  const [form] = Form.useForm<ActionValues>();
  const action = useDossierAction(dossier.id);
  const spec = type ? actionFormSpec(type) : actionFormSpec('accept');
  const next =
    definition && dossier.currentStep
      ? findNextStep(definition, dossier.variantId, dossier.currentStep.id)
      : undefined;
  const wantsHandler = spec.handler === 'assign' || (spec.handler === 'next' && next !== null);
  const handlers = useHandlers(type !== null && wantsHandler && mayChooseHandler(user));
  const role = spec.handler === 'assign' ? dossier.currentStep?.role : next?.role;
  // Only officials holding the step's role: anyone else could not act on it (the server checks the unit only).
  const candidates = role
    ? (handlers.data ?? []).filter((official) => official.roles.some((r) => r === role))
    : [];

  const submit = (values: ActionValues) => {
    if (!type) return;
    action.mutate(buildActionRequest(type, dossier.version, values), {
      onSuccess: () => {
        showSuccess(t('action.done', { action: title }));
        onClose();
      },
      onError: (error) => {
        showError(error);
        if (isApiError(error, 'conflict')) {
          onClose();
          onConflict();
        }
      },
    });
  };

  return (
    <Modal
      open={type !== null}
      title={t('action.dialog.title', { action: title, code: dossier.code ?? '' })}
      okText={title}
      okButtonProps={{ danger: spec.reason === 'required', 'data-testid': 'action-confirm' }}
      cancelText={t('action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={action.isPending}
      destroyOnHidden
      data-testid="action-modal"
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ method: dossier.returnMethod ?? 'counter' }}
        onFinish={submit}
      >
        {spec.handler === 'next' && next && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${t('action.nextStep')}: ${next.task} — ${next.unitName} (${roleLabel(next.role, locale)})`}
            data-testid="next-step"
          />
        )}
        {spec.handler === 'next' && next === null && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('action.finishing')} />
        )}
        {spec.handler === 'assign' && candidates.length === 0 && !handlers.isFetching && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('action.noAssignee')} />
        )}
        {wantsHandler && candidates.length > 0 && (
          <Form.Item
            name="handlerId"
            label={t(spec.handler === 'assign' ? 'action.assignee' : 'action.nextHandler')}
            extra={spec.handler === 'next' ? t('action.nextHandler.any') : undefined}
            rules={spec.handler === 'assign' ? [requiredRule(t, t('action.assignee'), 'select')] : []}
          >
            <Select
              allowClear
              options={candidates.map((official) => ({
                value: official.id,
                label: `${official.fullName} — ${official.unitName ?? ''}`,
              }))}
              data-testid="action-handler"
            />
          </Form.Item>
        )}
        {spec.items && (
          <Form.Item name="items" label={t('action.items')} rules={[requiredRule(t, t('action.items'))]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="action-items" />
          </Form.Item>
        )}
        {spec.reason && (
          <Form.Item
            name="reason"
            label={t('action.reason')}
            rules={spec.reason === 'required' ? [requiredRule(t, t('action.reason'))] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              data-testid="action-reason"
            />
          </Form.Item>
        )}
        {spec.faultReason && (
          <Form.Item name="faultReason" label={t('action.faultReason')} extra={t('action.faultReason.help')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              data-testid="action-fault-reason"
            />
          </Form.Item>
        )}
        {spec.method && (
          <Form.Item name="method" label={t('action.method')}>
            <Radio.Group
              options={(['counter', 'post', 'online'] as const).map((method) => ({
                value: method,
                label: t(`method.${method}`),
              }))}
              data-testid="action-method"
            />
          </Form.Item>
        )}
        {spec.informed && isEarlyReturn(dossier.dueAt, Date.now()) && (
          <Form.Item name="citizenInformed" valuePropName="checked" extra={t('action.citizenInformed.help')}>
            <Checkbox data-testid="action-informed">{t('action.citizenInformed')}</Checkbox>
          </Form.Item>
        )}
        {spec.agency && (
          <Form.Item name="agency" label={t('action.agency')} rules={[requiredRule(t, t('action.agency'))]}>
            <Input maxLength={300} data-testid="action-agency" />
          </Form.Item>
        )}
        {spec.note && (
          <Form.Item name="note" label={t('action.note')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              data-testid="action-note"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
