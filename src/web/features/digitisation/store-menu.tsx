/** The citizen menu's entry to "Kho giấy tờ của tôi" (/kho-giay-to). */
import { FileProtectOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useDigitisationI18n } from './digitisation.messages';

export function useCitizenStoreMenu() {
  const { t } = useDigitisationI18n();
  return [
    {
      key: '/kho-giay-to',
      icon: <FileProtectOutlined />,
      label: (
        <Link to="/kho-giay-to" data-testid="nav-store">
          {t('nav.store')}
        </Link>
      ),
    },
  ];
}
