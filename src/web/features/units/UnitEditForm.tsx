/**
 * Edits a unit with optimistic concurrency: the form sends the version it was loaded with, and when
 * someone else saved first (409 conflict) it says so and reloads the latest data.
 */
import { App, Button, Form, Input, Switch } from 'antd';
import type { Unit } from '../../../contracts/units';
import { showError, showSuccess } from '../../app/feedback';
import { isApiError } from '../../app/http';
import { useI18n } from '../../app/i18n/context';
import { optionalText, UnitFields } from './UnitFields';
import { useUpdateUnit } from './units.api';

interface Values {
  name: string;
  fullName: string;
  nameEn: string | null;
  kind: Unit['kind'];
  code: string;
  dossierCodeId: string | null;
  active: boolean;
}

interface Props {
  unit: Unit;
  onSaved: (unit: Unit) => void;
  /** Reloads the unit from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

export function UnitEditForm({ unit, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const update = useUpdateUnit();

  const submit = (values: Values) =>
    update.mutate(
      {
        id: unit.id,
        patch: {
          version: unit.version,
          name: values.name.trim(),
          fullName: values.fullName.trim(),
          nameEn: optionalText(values.nameEn),
          kind: values.kind,
          dossierCodeId: optionalText(values.dossierCodeId),
          active: values.active,
        },
      },
      {
        onSuccess: (saved) => {
          showSuccess(t('units.edit.saved'));
          onSaved(saved);
        },
        onError: (error) => {
          if (!isApiError(error, 'conflict')) return showError(error);
          void onReload();
          void modal.warning({ title: t('units.conflict.title'), content: t('units.conflict.text') });
        },
      },
    );

  return (
    <Form<Values>
      key={`${unit.id}:${unit.version}`}
      name="unit-edit"
      layout="vertical"
      initialValues={{ ...unit }}
      onFinish={submit}
      data-testid="unit-edit-form"
    >
      <Form.Item name="code" label={t('units.field.code')} extra={t('units.field.code.help')}>
        <Input readOnly variant="filled" data-testid="unit-code" />
      </Form.Item>
      <UnitFields />
      <Form.Item name="active" label={t('units.field.active')} valuePropName="checked">
        <Switch data-testid="unit-active" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="unit-save">
        {t('action.save')}
      </Button>
    </Form>
  );
}
