/** The reason a sign-in failed, in the server's words (wrong password, account locked, too many attempts). */
import { Alert } from 'antd';
import { useI18n } from '../../app/i18n/context';
import { formatDateTime } from '../../app/i18n/format';
import { isApiError } from '../../app/http';

function lockedUntilOf(error: unknown): string | null {
  if (!isApiError(error, 'account_locked')) return null;
  const details = error.details as { lockedUntil?: unknown } | null;
  return typeof details?.lockedUntil === 'string' ? details.lockedUntil : null;
}

export function LoginError({ error, title }: { error: unknown; title: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const lockedUntil = lockedUntilOf(error);
  const description = lockedUntil
    ? `${message} ${t('login.lockedUntil', { time: formatDateTime(lockedUntil) })}`
    : message;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="form-error"
      title={title}
      description={description}
      style={{ marginBottom: 16 }}
    />
  );
}
