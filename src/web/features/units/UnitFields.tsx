/** The editable fields of a unit, shared by the edit form and the create dialog. */
import { Form, Input, Select } from 'antd';
import { UNIT_KINDS } from '../../../domain/access/roles';
import { isAgencyCode } from '../../../domain/dossiers/code';
import { useI18n } from '../../app/i18n/context';
import { unitKindLabel } from '../../app/i18n/labels';
import { requiredRule } from '../../app/i18n/rules';

export function UnitFields() {
  const { t, locale } = useI18n();
  return (
    <>
      <Form.Item name="name" label={t('units.field.name')} rules={[requiredRule(t, t('units.field.name'))]}>
        <Input maxLength={200} data-testid="unit-name" />
      </Form.Item>
      <Form.Item
        name="fullName"
        label={t('units.field.fullName')}
        rules={[requiredRule(t, t('units.field.fullName'))]}
      >
        <Input maxLength={300} data-testid="unit-fullName" />
      </Form.Item>
      <Form.Item name="nameEn" label={t('units.field.nameEn')}>
        <Input maxLength={200} data-testid="unit-nameEn" />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('units.field.kind')}
        rules={[requiredRule(t, t('units.field.kind'), 'select')]}
      >
        <Select
          data-testid="unit-kind"
          options={UNIT_KINDS.map((kind) => ({ value: kind, label: unitKindLabel(kind, locale) }))}
        />
      </Form.Item>
      <Form.Item
        name="dossierCodeId"
        label={t('units.field.dossierCodeId')}
        extra={t('units.field.dossierCodeId.help')}
        rules={[
          {
            validator: async (_rule, value?: string) => {
              if (value && value.trim() && !isAgencyCode(value.trim()))
                throw new Error(t('units.field.dossierCodeId.invalid'));
            },
          },
        ]}
      >
        <Input maxLength={40} data-testid="unit-dossierCodeId" />
      </Form.Item>
    </>
  );
}

/** Trims a text field; an empty one becomes null (the API's "no value"). */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
