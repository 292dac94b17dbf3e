/**
 * The procedure editor's form: main fields, fees, documents, the declaration form and the workflows' steps. It holds the whole
 * definition (fields without an input, such as case variants, are kept as they were and sent back).
 */
import { Card, Form, type FormInstance } from 'antd';
import { memo } from 'react';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { VariantsList } from '../catalogue/VariantsList';
import { DeclarationEditor } from './DeclarationEditor';
import { DocumentsEditor } from './DocumentsEditor';
import { FeesEditor } from './FeesEditor';
import { GeneralSection } from './GeneralSection';
import { WorkflowsEditor } from './WorkflowsEditor';

interface Props {
  form: FormInstance;
  initial: ProcedureDefinition;
  disabled: boolean;
  codeEditable: boolean;
  onChanged: () => void;
}

/**
 * Memoised: the editor's own state (dirty flag, problems, dialogs) changes often and must not re-render
 * the hundred-odd inputs; the inputs re-render through the form's own subscriptions.
 */
export const ProcedureForm = memo(function ProcedureForm({
  form,
  initial,
  disabled,
  codeEditable,
  onChanged,
}: Props) {
  const { t } = useI18n();
  const cardStyle = { marginBottom: 16 };
  return (
    <Form
      form={form}
      name="procedure"
      layout="vertical"
      initialValues={initial}
      disabled={disabled}
      onValuesChange={onChanged}
      data-testid="procedure-form"
    >
      <Card title={t('catalogue.section.facts')} style={cardStyle}>
        <GeneralSection codeEditable={codeEditable} />
      </Card>
      <Card title={t('catalogue.section.fees')} style={cardStyle}>
        <FeesEditor />
      </Card>
      <Card title={t('catalogue.section.documents')} style={cardStyle}>
        <DocumentsEditor />
      </Card>
      <Card title={t('proc.decl.section')} style={cardStyle}>
        <DeclarationEditor />
      </Card>
      <Card title={t('catalogue.section.workflow')} style={cardStyle} data-testid="workflow-editor">
        <WorkflowsEditor count={initial.workflows.length} disabled={disabled} onChanged={onChanged} />
      </Card>
      {initial.variants.length > 0 && (
        <Card
          title={t('catalogue.section.variants')}
          extra={t('proc.edit.variants.readonly')}
          style={cardStyle}
        >
          <VariantsList definition={initial} />
        </Card>
      )}
    </Form>
  );
});
