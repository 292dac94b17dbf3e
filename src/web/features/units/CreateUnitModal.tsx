/** Creates a unit under the selected one. */
import { Form, Input, Modal } from 'antd';
import type { Unit } from '../../../contracts/units';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { optionalText, UnitFields } from './UnitFields';
import { displayName } from './UnitLabel';
import { useCreateUnit } from './units.api';

interface Values {
  code: string;
  name: string;
  fullName: string;
  nameEn?: string;
  kind: Unit['kind'];
  dossierCodeId?: string;
}

interface Props {
  parent: Unit;
  open: boolean;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
}

export function CreateUnitModal({ parent, open, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();

  const submit = (values: Values) =>
    create.mutate(
      {
        parentId: parent.id,
        kind: values.kind,
        code: values.code.trim(),
        name: values.name.trim(),
        fullName: values.fullName.trim(),
        nameEn: optionalText(values.nameEn),
        dossierCodeId: optionalText(values.dossierCodeId),
      },
      {
        onSuccess: (unit) => {
          showSuccess(t('units.create.done', { name: unit.fullName }));
          onCreated(unit);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('units.create.title', { parent: displayName(parent) })}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      data-testid="create-unit-modal"
    >
      <Form<Values>
        form={form}
        name="unit-create"
        layout="vertical"
        initialValues={{ kind: 'department' }}
        onFinish={submit}
      >
        <Form.Item
          name="code"
          label={t('units.field.code')}
          extra={t('units.create.code.help')}
          rules={[requiredRule(t, t('units.field.code'))]}
        >
          <Input maxLength={40} data-testid="unit-new-code" />
        </Form.Item>
        <UnitFields />
      </Form>
    </Modal>
  );
}
