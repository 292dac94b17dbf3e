/** Edits the own name, email, phone (officials only) and interface language. */
import { Button, Form, Input, Select } from 'antd';
import type { CurrentUser } from '../../../contracts/auth';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import type { Locale } from '../../app/i18n/define';
import { emailRule, mobilePhoneRule, requiredRule } from '../../app/i18n/rules';
import { optionalText } from '../units/UnitFields';
import { useUpdateProfile } from '../auth/session';

interface Values {
  fullName: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
}

export function ProfileForm({ user }: { user: CurrentUser }) {
  const { t, setLocale } = useI18n();
  const update = useUpdateProfile();
  const citizen = user.kind === 'citizen';

  const submit = (values: Values) =>
    update.mutate(
      {
        fullName: values.fullName.trim(),
        email: optionalText(values.email),
        ...(citizen ? {} : { phone: optionalText(values.phone)?.replace(/[\s.]/g, '') ?? null }),
        locale: values.locale,
      },
      {
        onSuccess: (session) => {
          setLocale(session.user.locale);
          showSuccess(t('profile.saved'));
        },
      },
    );

  return (
    <Form<Values>
      key={`${user.id}:${user.fullName}:${user.email ?? ''}:${user.phone ?? ''}:${user.locale}`}
      name="profile"
      layout="vertical"
      initialValues={{ fullName: user.fullName, email: user.email, phone: user.phone, locale: user.locale }}
      onFinish={submit}
      style={{ maxWidth: 420 }}
      data-testid="profile-form"
    >
      <Form.Item
        name="fullName"
        label={t('profile.fullName')}
        rules={[requiredRule(t, t('profile.fullName'))]}
      >
        <Input autoComplete="name" data-testid="profile-fullName" />
      </Form.Item>
      <Form.Item name="email" label={t('profile.email')} rules={[emailRule(t)]}>
        <Input type="email" autoComplete="email" data-testid="profile-email" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('profile.phone')}
        extra={citizen ? t('profile.phone.citizenHelp') : undefined}
        rules={[mobilePhoneRule(t)]}
      >
        <Input inputMode="tel" autoComplete="tel" disabled={citizen} data-testid="profile-phone" />
      </Form.Item>
      <Form.Item name="locale" label={t('profile.locale')}>
        <Select<Locale>
          data-testid="profile-locale"
          options={[
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
        {t('action.save')}
      </Button>
    </Form>
  );
}
