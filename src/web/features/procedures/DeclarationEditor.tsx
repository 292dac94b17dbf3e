/**
 * The declaration form (tờ khai) of the procedure, edited field by field: which document it fills, its title,
 * and each field's key, label, kind of answer, whether it is required, where its first value comes from
 * (the citizen's profile) and its checks (pattern, length, range, the choices of a list). The server checks
 * the whole definition again when the draft is saved.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import {
  DECLARATION_FIELD_TYPES,
  PREFILL_SOURCES,
  type DeclarationField,
  type RequiredDocument,
} from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { nextFreeId } from './step-list';

type Option = { value: string; label: string };

/** The choices of a list, one per line as "value: label" (a line without a colon is both). */
function OptionsInput({ value, onChange }: { value?: Option[]; onChange?: (next: Option[]) => void }) {
  const { t } = useI18n();
  const text = (value ?? [])
    .map((o) => (o.value === o.label ? o.value : `${o.value}: ${o.label}`))
    .join('\n');
  return (
    <Input.TextArea
      autoSize={{ minRows: 2, maxRows: 8 }}
      defaultValue={text}
      placeholder={t('proc.decl.options.placeholder')}
      aria-label={t('proc.decl.options')}
      onChange={(event) =>
        onChange?.(
          event.target.value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const at = line.indexOf(':');
              if (at < 0) return { value: line, label: line };
              const v = line.slice(0, at).trim();
              const l = line.slice(at + 1).trim();
              return { value: v, label: l || v };
            }),
        )
      }
    />
  );
}

export function DeclarationEditor() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  // `preserve`: the declaration has no input of its own until the editor shows it
  const declaration = Form.useWatch('declaration', { form, preserve: true }) as
    { fields?: DeclarationField[] } | undefined;
  const documents = (Form.useWatch('documents', form) as RequiredDocument[] | undefined) ?? [];
  const documentOptions = documents.filter((d) => d?.id).map((d) => ({ value: d.id, label: d.name || d.id }));
  const newField = (): DeclarationField => ({
    key: nextFreeId(
      'truong',
      ((form.getFieldValue(['declaration', 'fields']) as DeclarationField[] | undefined) ?? []).map(
        (f) => f.key,
      ),
    ),
    label: '',
    type: 'text',
    required: false,
  });
  if (!declaration) {
    return (
      <Space direction="vertical">
        <Typography.Text type="secondary">{t('proc.decl.none')}</Typography.Text>
        <Button
          icon={<PlusOutlined />}
          data-testid="declaration-add"
          onClick={() =>
            form.setFieldValue('declaration', {
              documentId: documentOptions[0]?.value ?? 'to_khai',
              title: t('proc.decl.defaultTitle'),
              fields: [
                {
                  key: 'ho_ten',
                  label: t('proc.decl.defaultField'),
                  type: 'text',
                  required: true,
                  prefill: 'fullName',
                },
              ],
            })
          }
        >
          {t('proc.decl.add')}
        </Button>
      </Space>
    );
  }
  return (
    <div data-testid="declaration-editor">
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['declaration', 'title']}
            label={t('proc.decl.title')}
            rules={[requiredRule(t, t('proc.decl.title'))]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['declaration', 'documentId']}
            label={t('proc.decl.document')}
            rules={[requiredRule(t, t('proc.decl.document'))]}
          >
            <Select options={documentOptions} aria-label={t('proc.decl.document')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name={['declaration', 'fields']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const type = declaration.fields?.[field.name]?.type;
              return (
                <div
                  key={field.key}
                  data-testid="declaration-field"
                  style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}
                >
                  <Row gutter={8} wrap={false} align="top">
                    <Col flex="32px" style={{ paddingTop: 5 }}>
                      <Typography.Text type="secondary">{index + 1}.</Typography.Text>
                    </Col>
                    <Col flex="auto">
                      <Row gutter={8}>
                        <Col xs={24} lg={9}>
                          <Form.Item
                            name={[field.name, 'label']}
                            rules={[requiredRule(t, t('proc.decl.label'))]}
                            style={{ marginBottom: 8 }}
                          >
                            <Input placeholder={t('proc.decl.label')} aria-label={t('proc.decl.label')} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={5}>
                          <Form.Item
                            name={[field.name, 'key']}
                            rules={[
                              requiredRule(t, t('proc.decl.key')),
                              { pattern: /^[a-z][a-z0-9_]*$/, message: t('proc.decl.key.rule') },
                            ]}
                            style={{ marginBottom: 8 }}
                          >
                            <Input placeholder={t('proc.decl.key')} aria-label={t('proc.decl.key')} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={4}>
                          <Form.Item name={[field.name, 'type']} style={{ marginBottom: 8 }}>
                            <Select
                              aria-label={t('proc.decl.type')}
                              options={DECLARATION_FIELD_TYPES.map((value) => ({
                                value,
                                label: t(`proc.decl.type.${value}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={4}>
                          <Form.Item name={[field.name, 'prefill']} style={{ marginBottom: 8 }}>
                            <Select
                              allowClear
                              placeholder={t('proc.decl.prefill')}
                              aria-label={t('proc.decl.prefill')}
                              options={PREFILL_SOURCES.map((value) => ({
                                value,
                                label: t(`proc.decl.prefill.${value}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={2}>
                          <Form.Item
                            name={[field.name, 'required']}
                            valuePropName="checked"
                            style={{ marginBottom: 8 }}
                          >
                            <Checkbox>{t('proc.decl.required')}</Checkbox>
                          </Form.Item>
                        </Col>
                        {type === 'text' || type === undefined ? (
                          <>
                            <Col xs={16} lg={12}>
                              <Form.Item name={[field.name, 'pattern']} style={{ marginBottom: 8 }}>
                                <Input
                                  placeholder={t('proc.decl.pattern')}
                                  aria-label={t('proc.decl.pattern')}
                                />
                              </Form.Item>
                            </Col>
                            <Col xs={8} lg={6}>
                              <Form.Item name={[field.name, 'maxLength']} style={{ marginBottom: 8 }}>
                                <InputNumber
                                  min={1}
                                  max={2000}
                                  placeholder={t('proc.decl.maxLength')}
                                  aria-label={t('proc.decl.maxLength')}
                                  style={{ width: '100%' }}
                                />
                              </Form.Item>
                            </Col>
                          </>
                        ) : null}
                        {type === 'number' ? (
                          <>
                            <Col xs={12} lg={6}>
                              <Form.Item name={[field.name, 'min']} style={{ marginBottom: 8 }}>
                                <InputNumber
                                  placeholder={t('proc.decl.min')}
                                  aria-label={t('proc.decl.min')}
                                  style={{ width: '100%' }}
                                />
                              </Form.Item>
                            </Col>
                            <Col xs={12} lg={6}>
                              <Form.Item name={[field.name, 'max']} style={{ marginBottom: 8 }}>
                                <InputNumber
                                  placeholder={t('proc.decl.max')}
                                  aria-label={t('proc.decl.max')}
                                  style={{ width: '100%' }}
                                />
                              </Form.Item>
                            </Col>
                          </>
                        ) : null}
                        {type === 'select' ? (
                          <Col xs={24} lg={18}>
                            <Form.Item
                              name={[field.name, 'options']}
                              rules={[
                                {
                                  validator: (_rule, value: Option[] | undefined) =>
                                    value && value.length > 0
                                      ? Promise.resolve()
                                      : Promise.reject(new Error(t('proc.decl.options.required'))),
                                },
                              ]}
                              style={{ marginBottom: 8 }}
                            >
                              <OptionsInput />
                            </Form.Item>
                          </Col>
                        ) : null}
                      </Row>
                    </Col>
                    <Col flex="40px">
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('proc.decl.removeField')}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                </div>
              );
            })}
            <Space wrap>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add(newField())}
                data-testid="declaration-add-field"
              >
                {t('proc.decl.addField')}
              </Button>
              <Button danger onClick={() => form.setFieldValue('declaration', undefined)}>
                {t('proc.decl.remove')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </div>
  );
}
