/** Creates an official (then shows the temporary password) or edits one (sending the version read). */
import { Form, Input, Modal, Select } from 'antd';
import type { User } from '../../../contracts/users';
import { ROLES, type Role } from '../../../domain/access/roles';
import { isSystemAdministrator } from '../../app/access';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { roleLabel } from '../../app/i18n/labels';
import { emailRule, mobilePhoneRule, requiredRule } from '../../app/i18n/rules';
import { useCurrentUser } from '../auth/session';
import { optionalText } from '../units/UnitFields';
import { UnitPicker } from '../units/UnitPicker';
import { useCreateUser, useUpdateUser, type UserWithPassword } from './users.api';

interface Values {
  username: string;
  fullName: string;
  unitId: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  roles: Role[];
}

interface Props {
  /** The user to edit, or null to create one. */
  editing: User | null;
  open: boolean;
  onClose: () => void;
  onCreated: (result: UserWithPassword) => void;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;

export function UserFormModal({ editing, open, onClose, onCreated }: Props) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const grantable = ROLES.filter((role) => role !== 'sysadmin' || isSystemAdministrator(me));

  const submit = (values: Values) => {
    const common = {
      fullName: values.fullName.trim(),
      unitId: values.unitId,
      title: optionalText(values.title),
      email: optionalText(values.email),
      phone: optionalText(values.phone)?.replace(/[\s.]/g, '') ?? null,
      roles: values.roles,
    };
    if (editing) {
      update.mutate(
        { id: editing.id, patch: { version: editing.version, ...common } },
        {
          onSuccess: () => {
            showSuccess(t('users.edit.saved'));
            onClose();
          },
        },
      );
      return;
    }
    create.mutate({ username: values.username.trim().toLowerCase(), ...common }, { onSuccess: onCreated });
  };

  const initialValues: Partial<Values> = editing
    ? { ...editing, unitId: editing.unitId ?? undefined }
    : { unitId: me.unitId ?? undefined, roles: [] };

  return (
    <Modal
      open={open}
      title={editing ? t('users.edit.title', { name: editing.fullName }) : t('users.create.title')}
      okText={editing ? t('action.save') : t('action.create')}
      cancelText={t('action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={560}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
      data-testid="user-form-modal"
    >
      <Form<Values>
        form={form}
        name="user-form"
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
      >
        <Form.Item
          name="username"
          label={t('users.field.username')}
          extra={editing ? undefined : t('users.field.username.help')}
          rules={
            editing
              ? []
              : [
                  requiredRule(t, t('users.field.username')),
                  { pattern: USERNAME, message: t('users.field.username.invalid') },
                ]
          }
          normalize={(value: string) => value.toLowerCase()}
        >
          <Input disabled={!!editing} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('users.field.fullName')}
          rules={[requiredRule(t, t('users.field.fullName'))]}
        >
          <Input data-testid="user-fullName" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.field.unit')}
          rules={[requiredRule(t, t('users.field.unit'), 'select')]}
        >
          <UnitPicker
            valueLabel={editing ? editing.unitName : me.unitName}
            style={{ width: '100%' }}
            data-testid="user-unit"
          />
        </Form.Item>
        <Form.Item name="title" label={t('users.field.title')}>
          <Input data-testid="user-title" />
        </Form.Item>
        <Form.Item name="email" label={t('users.field.email')} rules={[emailRule(t)]}>
          <Input type="email" data-testid="user-email" />
        </Form.Item>
        <Form.Item name="phone" label={t('users.field.phone')} rules={[mobilePhoneRule(t)]}>
          <Input inputMode="tel" data-testid="user-phone" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.field.roles')}
          rules={[requiredRule(t, t('users.field.roles'), 'select-many')]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            data-testid="user-roles"
            options={grantable.map((role) => ({ value: role, label: roleLabel(role, locale) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
