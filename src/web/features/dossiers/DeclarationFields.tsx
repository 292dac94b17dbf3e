/**
 * The procedure's declaration form (tờ khai) filled online: one form item per field, under
 * `declaration.<key>`, each checked by the same rule the server applies (validateDeclaration).
 */
import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import { validateDeclaration } from '../../../domain/procedures/declaration';
import type { Declaration, DeclarationField } from '../../../domain/procedures/definition';
import { toDeclarationAnswers } from './declaration-values';

interface Props {
  declaration: Declaration;
  hint: string;
}

function controlOf(field: DeclarationField) {
  const testId = `declaration-${field.key}`;
  switch (field.type) {
    case 'number':
      return <InputNumber style={{ width: '100%' }} min={field.min} max={field.max} data-testid={testId} />;
    case 'date':
      return <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid={testId} />;
    case 'select':
      return <Select options={field.options ?? []} data-testid={testId} />;
    case 'checkbox':
      return <Checkbox data-testid={testId}>{field.label}</Checkbox>;
    case 'id_number':
      return <Input inputMode="numeric" maxLength={12} data-testid={testId} />;
    case 'text':
      return <Input maxLength={field.maxLength ?? 500} data-testid={testId} />;
  }
}

/** A form rule that runs the domain's check on this one field. */
function ruleOf(declaration: Declaration, field: DeclarationField) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const single = { ...declaration, fields: [field] };
      const answers = toDeclarationAnswers(single, { [field.key]: value });
      const issue = validateDeclaration(single, answers).issues[0];
      if (issue) throw new Error(issue.message);
    },
  };
}

export function DeclarationFields({ declaration, hint }: Props) {
  return (
    <div data-testid="declaration-form">
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {declaration.fields.map((field) => (
        <Form.Item
          key={field.key}
          name={['declaration', field.key]}
          label={field.type === 'checkbox' ? undefined : field.label}
          required={field.required}
          valuePropName={field.type === 'checkbox' ? 'checked' : 'value'}
          rules={[ruleOf(declaration, field)]}
        >
          {controlOf(field)}
        </Form.Item>
      ))}
    </div>
  );
}
