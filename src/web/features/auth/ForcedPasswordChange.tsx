/** Blocks the app with a password change while the account still uses a temporary password. */
import { Alert, Modal } from 'antd';
import { useI18n } from '../../app/i18n/context';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useCurrentUser } from './session';

export function ForcedPasswordChange() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <Modal
      open={user.mustChangePassword}
      title={t('password.forced.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
      destroyOnHidden
      data-testid="forced-password-change"
    >
      <Alert type="warning" showIcon title={t('password.forced.text')} style={{ marginBottom: 16 }} />
      <ChangePasswordForm formName="forced-change-password" />
    </Modal>
  );
}
