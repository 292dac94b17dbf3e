/** Shown for an address the app does not know. */
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../app/i18n/context';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('error.notFound.title')}
      subTitle={t('error.notFound.text')}
      extra={
        <Link to="/">
          <Button type="primary">{t('action.backHome')}</Button>
        </Link>
      }
    />
  );
}
