/** Row actions on an official: edit, reset the password, deactivate or reactivate (each confirmed). */
import { App, Button, Space } from 'antd';
import type { User } from '../../../contracts/users';
import { isSystemAdministrator } from '../../app/access';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { useCurrentUser } from '../auth/session';
import { useResetPassword, useSetUserActive, type UserWithPassword } from './users.api';

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onPasswordReset: (result: UserWithPassword) => void;
}

export function UserActions({ user, onEdit, onPasswordReset }: Props) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const me = useCurrentUser();
  const reset = useResetPassword();
  const setActive = useSetUserActive();

  // Only a system administrator manages a system administrator's account (the server refuses others).
  if (user.roles.includes('sysadmin') && !isSystemAdministrator(me)) return null;
  const name = user.fullName;

  const confirmReset = () =>
    modal.confirm({
      title: t('users.reset.confirm', { name }),
      content: t('users.reset.text'),
      okText: t('users.action.reset'),
      cancelText: t('action.cancel'),
      onOk: async () => onPasswordReset(await reset.mutateAsync(user)),
    });

  const confirmActive = (active: boolean) =>
    modal.confirm({
      title: t(active ? 'users.activate.confirm' : 'users.deactivate.confirm', { name }),
      content: t(active ? 'users.activate.text' : 'users.deactivate.text'),
      okText: t(active ? 'users.action.activate' : 'users.action.deactivate'),
      okButtonProps: { danger: !active },
      cancelText: t('action.cancel'),
      onOk: async () => {
        await setActive.mutateAsync({ user, active });
        showSuccess(t(active ? 'users.activated' : 'users.deactivated', { name }));
      },
    });

  return (
    <Space size={0} wrap>
      <Button
        type="link"
        size="small"
        onClick={() => onEdit(user)}
        data-testid={`user-edit-${user.username}`}
      >
        {t('action.edit')}
      </Button>
      <Button type="link" size="small" onClick={confirmReset} data-testid={`user-reset-${user.username}`}>
        {t('users.action.reset')}
      </Button>
      {user.id !== me.id &&
        (user.active ? (
          <Button
            type="link"
            size="small"
            danger
            onClick={() => confirmActive(false)}
            data-testid={`user-deactivate-${user.username}`}
          >
            {t('users.action.deactivate')}
          </Button>
        ) : (
          <Button
            type="link"
            size="small"
            onClick={() => confirmActive(true)}
            data-testid={`user-activate-${user.username}`}
          >
            {t('users.action.activate')}
          </Button>
        ))}
    </Space>
  );
}
