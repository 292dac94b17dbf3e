/** Menu entries of conduct and inspections for the officials' side menu (labels from this feature's messages). */
import {
  AlertOutlined,
  CheckSquareOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Link } from 'react-router-dom';
import type { CurrentUser } from '../../../contracts/auth';
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { canSeeConductOversight, canSeeOwnConduct } from './inspection-access';

type MenuItem = Required<MenuProps>['items'][number];

const menuMessages = defineMessages({
  'nav.conduct.group': { vi: 'Kỷ luật, kỷ cương', en: 'Discipline' },
  'nav.conduct.inspections': { vi: 'Kiểm tra công vụ', en: 'Inspections' },
  'nav.conduct.findings': { vi: 'Vi phạm, giải trình', en: 'Findings' },
  'nav.conduct.plans': { vi: 'Kế hoạch kỷ cương', en: 'Discipline plans' },
  'nav.conduct.code': { vi: 'Quy tắc ứng xử, cam kết', en: 'Conduct, commitments' },
});

/** The entries this person may use, as one menu group (empty for citizens). */
export function useConductMenuItems(user: CurrentUser): MenuItem[] {
  const { t } = useFeatureI18n(menuMessages);
  if (!canSeeOwnConduct(user)) return [];
  const entry = (path: string, testId: string, text: string, icon: React.ReactNode): MenuItem => ({
    key: path,
    icon,
    label: (
      <Link to={path} data-testid={testId}>
        {text}
      </Link>
    ),
  });
  const children: MenuItem[] = [];
  if (canSeeConductOversight(user)) {
    children.push(
      entry('/inspections', 'nav-inspections', t('nav.conduct.inspections'), <SafetyCertificateOutlined />),
    );
  }
  children.push(entry('/findings', 'nav-findings', t('nav.conduct.findings'), <AlertOutlined />));
  if (canSeeConductOversight(user)) {
    children.push(entry('/discipline-plans', 'nav-plans', t('nav.conduct.plans'), <CheckSquareOutlined />));
  }
  children.push(entry('/conduct', 'nav-conduct', t('nav.conduct.code'), <SolutionOutlined />));
  return [{ type: 'group', key: 'conduct', label: t('nav.conduct.group'), children }];
}
