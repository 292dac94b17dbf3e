/** The applicant part of an intake or online form: who files, with ID number, phone, email and address. */
import { Col, Form, Input, Radio, Row } from 'antd';
import { emailRule, mobilePhoneRule, requiredRule } from '../../app/i18n/rules';
import { useDossierI18n } from './dossiers.messages';

const ID_NUMBER = /^[0-9]{12}$/;

export function ApplicantFields() {
  const { t } = useDossierI18n();
  const kind = Form.useWatch(['applicant', 'kind']) as 'person' | 'organisation' | undefined;
  const nameLabel = t(kind === 'organisation' ? 'applicant.organisationName' : 'applicant.fullName');
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name={['applicant', 'kind']} label={t('applicant.kind')}>
          <Radio.Group
            options={[
              { value: 'person', label: t('applicant.kind.person') },
              { value: 'organisation', label: t('applicant.kind.organisation') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['applicant', 'fullName']} label={nameLabel} rules={[requiredRule(t, nameLabel)]}>
          <Input maxLength={200} data-testid="applicant-fullName" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['applicant', 'idNumber']}
          label={t('applicant.idNumber')}
          rules={[{ pattern: ID_NUMBER, message: t('applicant.idNumber.invalid') }]}
        >
          <Input inputMode="numeric" maxLength={12} data-testid="applicant-idNumber" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['applicant', 'phone']}
          label={t('applicant.phone')}
          rules={[requiredRule(t, t('applicant.phone')), mobilePhoneRule(t)]}
        >
          <Input inputMode="tel" data-testid="applicant-phone" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['applicant', 'email']} label={t('applicant.email')} rules={[emailRule(t)]}>
          <Input type="email" data-testid="applicant-email" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={['applicant', 'address']} label={t('applicant.address')}>
          <Input maxLength={500} data-testid="applicant-address" />
        </Form.Item>
      </Col>
    </Row>
  );
}
