/**
 * The documents list of the editor: name, form, count, required, note, the procedures whose results it accepts
 * (reused from the citizen's store); add (with a fresh id) and remove.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { RequiredDocument } from '../../../domain/procedures/definition';
import { useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { documentFormLabel, type DocumentForm } from './procedure-labels';
import { nextFreeId } from './step-list';
import { TemplateUpload } from './TemplateUpload';

const FORMS: readonly DocumentForm[] = ['original', 'copy', 'certified_copy', 'original_or_copy'];

export function DocumentsEditor() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  // templates belong to a saved procedure: offered in the edit page, not while creating one
  const { id: procedureId } = useParams();
  const newDocument = (): RequiredDocument => {
    const documents = (form.getFieldValue('documents') as Partial<RequiredDocument>[] | undefined) ?? [];
    return {
      id: nextFreeId(
        'giay_to',
        documents.map((d) => d.id),
      ),
      name: '',
      form: 'original',
      count: 1,
      mandatory: true,
    };
  };
  return (
    <Form.List name="documents">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <div
              key={field.key}
              data-testid="document-row"
              style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}
            >
              <Row gutter={8} wrap={false} align="top">
                <Col flex="32px" style={{ paddingTop: 5 }}>
                  <Typography.Text type="secondary">{index + 1}.</Typography.Text>
                </Col>
                <Col flex="auto">
                  <Row gutter={8}>
                    <Col xs={24} lg={12}>
                      <Form.Item
                        name={[field.name, 'name']}
                        rules={[requiredRule(t, t('catalogue.col.document'))]}
                        style={{ marginBottom: 8 }}
                      >
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 3 }}
                          placeholder={t('catalogue.col.document')}
                          aria-label={t('catalogue.col.document')}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} lg={5}>
                      <Form.Item name={[field.name, 'form']} style={{ marginBottom: 8 }}>
                        <Select
                          aria-label={t('proc.doc.form')}
                          options={FORMS.map((value) => ({ value, label: documentFormLabel(t, value) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={6} lg={3}>
                      <Form.Item name={[field.name, 'count']} style={{ marginBottom: 8 }}>
                        <InputNumber
                          min={1}
                          max={20}
                          prefix={t('proc.doc.countShort')}
                          style={{ width: '100%' }}
                          aria-label={t('proc.doc.count')}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={6} lg={4}>
                      <Form.Item
                        name={[field.name, 'mandatory']}
                        valuePropName="checked"
                        style={{ marginBottom: 8 }}
                      >
                        <Checkbox>{t('proc.doc.mandatory')}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item name={[field.name, 'note']} style={{ marginBottom: 8 }}>
                        <Input placeholder={t('proc.doc.note')} aria-label={t('proc.doc.note')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item name={[field.name, 'acceptsResultsOf']} style={{ marginBottom: 8 }}>
                        <Select
                          mode="tags"
                          open={false}
                          tokenSeparators={[',', ' ']}
                          placeholder={t('proc.doc.acceptsResults')}
                          aria-label={t('proc.doc.acceptsResults')}
                        />
                      </Form.Item>
                    </Col>
                    {procedureId && (
                      <Col xs={24}>
                        <Form.Item name={[field.name, 'templateAttachmentId']} style={{ marginBottom: 8 }}>
                          <TemplateUpload procedureId={procedureId} />
                        </Form.Item>
                      </Col>
                    )}
                  </Row>
                </Col>
                <Col flex="32px">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('proc.edit.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newDocument())}>
            {t('proc.edit.addDocument')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
