/** The main fields of a procedure: code, name, field, level, authority, legal time, online level, result… */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { ONLINE_LEVELS, TIME_UNITS, type TimeUnit } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { requiredRule } from '../../app/i18n/rules';
import { LEVELS, levelLabel, onlineLabel, timeUnitLabel } from './procedure-labels';
import { useProcedureFields } from './procedures.api';

function LegalBasisList() {
  const { t } = useI18n();
  return (
    <Form.List name="legalBasis">
      {(fields, { add, remove }) => (
        <Form.Item label={t('proc.field.legalBasis')} required>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={field.name}
                rules={[requiredRule(t, t('proc.field.legalBasis'))]}
                style={{ flex: 1, marginBottom: 8 }}
              >
                <Input aria-label={t('proc.field.legalBasis')} data-testid="legal-basis-input" />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('proc.edit.remove')}
                disabled={fields.length <= 1 || undefined}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
            {t('proc.edit.addLegalBasis')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** The legal time: a number and its unit; "same day" needs no number, so the number is then disabled. */
function ProcessingTimeInput() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const unit = Form.useWatch(['processingTime', 'unit'], form) as TimeUnit | undefined;
  return (
    <Form.Item label={t('proc.field.processingTime')} required>
      <Flex gap={8}>
        <Form.Item name={['processingTime', 'value']} noStyle>
          <InputNumber
            min={0}
            max={3650}
            disabled={unit === 'same_day' || undefined}
            style={{ width: 100 }}
            aria-label={t('proc.edit.timeValue')}
            data-testid="processing-time-value"
          />
        </Form.Item>
        <Form.Item name={['processingTime', 'unit']} noStyle>
          <Select
            style={{ flex: 1 }}
            aria-label={t('proc.edit.timeUnit')}
            options={TIME_UNITS.map((value) => ({ value, label: timeUnitLabel(t, value) }))}
            data-testid="processing-time-unit"
          />
        </Form.Item>
      </Flex>
    </Form.Item>
  );
}

export function GeneralSection({ codeEditable }: { codeEditable: boolean }) {
  const { t } = useI18n();
  const fields = useProcedureFields();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="code"
          label={t('proc.field.code')}
          rules={[requiredRule(t, t('proc.field.code'))]}
          extra={codeEditable ? t('proc.edit.code.help') : t('proc.edit.code.fixed')}
        >
          <Input disabled={!codeEditable} data-testid="procedure-code-input" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="name" label={t('proc.field.name')} rules={[requiredRule(t, t('proc.field.name'))]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="procedure-name-input" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="field"
          label={t('proc.field.field')}
          rules={[requiredRule(t, t('proc.field.field'))]}
        >
          <AutoComplete
            options={(fields.data ?? []).map((field) => ({ value: field }))}
            filterOption={(input, option) =>
              String(option?.value ?? '')
                .toLocaleLowerCase('vi')
                .includes(input.toLocaleLowerCase('vi'))
            }
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="level" label={t('proc.field.level')}>
          <Select options={LEVELS.map((level) => ({ value: level, label: levelLabel(t, level) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="competentAuthority"
          label={t('proc.field.authority')}
          rules={[requiredRule(t, t('proc.field.authority'))]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <ProcessingTimeInput />
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="onlineLevel" label={t('proc.field.onlineLevel')}>
          <Radio.Group
            optionType="button"
            options={ONLINE_LEVELS.map((level) => ({ value: level, label: onlineLabel(t, level) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="resultType"
          label={t('proc.field.resultType')}
          rules={[requiredRule(t, t('proc.field.resultType'))]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="supplementMode" label={t('proc.field.supplementMode')}>
          <Select
            options={[
              { value: 'restart', label: t('proc.supplement.restart') },
              { value: 'pause', label: t('proc.supplement.pause') },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle dependencies={['supplementMode']}>
          {({ getFieldValue }) =>
            getFieldValue('supplementMode') === 'pause' && (
              <Form.Item
                name="supplementPauseBasis"
                label={t('proc.field.supplementPauseBasis')}
                extra={t('proc.field.supplementPauseBasis.help')}
                rules={[requiredRule(t, t('proc.field.supplementPauseBasis'))]}
              >
                <Input maxLength={500} data-testid="proc-supplement-basis" />
              </Form.Item>
            )
          }
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="issuesReceipt" label={t('proc.field.issuesReceipt')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <LegalBasisList />
      </Col>
    </Row>
  );
}
