/**
 * The reasons of a counter decision other than acceptance: a supplement request lists everything to add
 * at once (prefilled with the missing mandatory documents) with its reason; a refusal states its reason.
 */
import { Form, Input, Modal } from 'antd';
import { requiredRule } from '../../app/i18n/rules';
import { useDossierI18n } from './dossiers.messages';

export interface DecisionValues {
  reason: string;
  items?: string;
}

interface Props {
  decision: 'request_supplement' | 'reject' | null;
  /** Prefill of the supplement list, one item a line. */
  suggestedItems: string[];
  pending: boolean;
  onCancel: () => void;
  onConfirm: (values: DecisionValues) => void;
}

export function DecisionModal({ decision, suggestedItems, pending, onCancel, onConfirm }: Props) {
  const { t } = useDossierI18n();
  const [form] = Form.useForm<DecisionValues>();
  const supplement = decision === 'request_supplement';
  return (
    <Modal
      open={decision !== null}
      title={t(supplement ? 'intake.supplement.title' : 'intake.reject.title')}
      okText={t(supplement ? 'intake.requestSupplement' : 'intake.reject')}
      okButtonProps={{ danger: !supplement, 'data-testid': 'decision-confirm' }}
      cancelText={t('action.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      destroyOnHidden
      data-testid="decision-modal"
    >
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ items: suggestedItems.join('\n'), reason: '' }}
        onFinish={onConfirm}
      >
        {supplement && (
          <Form.Item name="items" label={t('action.items')} rules={[requiredRule(t, t('action.items'))]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="decision-items" />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('action.reason')} rules={[requiredRule(t, t('action.reason'))]}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid="decision-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
