/** Shows a new temporary password exactly once; closing the dialog forgets it. */
import { Alert, Button, Modal, Typography } from 'antd';
import { useI18n } from '../../app/i18n/context';
import type { UserWithPassword } from './users.api';

export function TemporaryPasswordModal({
  result,
  onClose,
}: {
  result: UserWithPassword | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={!!result}
      title={t('users.password.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="temporary-password-close">
          {t('users.password.done')}
        </Button>
      }
      data-testid="temporary-password-modal"
    >
      {result && (
        <>
          <Typography.Paragraph>
            {t('users.password.intro', { username: result.user.username })}
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text code copyable strong style={{ fontSize: 20 }} data-testid="temporary-password">
              {result.temporaryPassword}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('users.password.once')} />
        </>
      )}
    </Modal>
  );
}
