/**
 * Menu entries of the satisfaction, feedback and dialogue screens, chosen with the same role lists the
 * server's policy uses (the server still checks scope on every request).
 */
import { CommentOutlined, DesktopOutlined, SmileOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CurrentUser } from '../../../contracts/auth';
import { hasAnyRole } from '../../../domain/access/policy';
import {
  DIALOGUE_ORGANISERS,
  FEEDBACK_HANDLERS,
  SATISFACTION_READERS,
  SURVEY_ISSUERS,
} from '../../../domain/satisfaction/policy';
import { actorOf } from '../../app/access';
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

type MenuItem = Required<MenuProps>['items'][number];

const menuMessages = defineMessages({
  'nav.satisfaction': { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
  'nav.feedbackQueue': { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
  'nav.dialogues': { vi: 'Đối thoại với dân', en: 'Dialogues' },
  'nav.kiosk': { vi: 'Đánh giá tại quầy', en: 'Rating kiosk' },
  'nav.rateMine': { vi: 'Đánh giá dịch vụ', en: 'Rate a service' },
  'nav.feedbackForm': { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
});

/** The officials' entries this person may use. */
export function useSatisfactionMenu(user: CurrentUser): MenuItem[] {
  const { t } = useFeatureI18n(menuMessages);
  if (user.kind !== 'official') return [];
  const actor = actorOf(user);
  const all = hasAnyRole(actor, ['sysadmin']);
  const entry = (key: string, testId: string, icon: ReactNode, label: string): MenuItem => ({
    key,
    icon,
    label: (
      <Link to={key} data-testid={testId}>
        {label}
      </Link>
    ),
  });
  const items: MenuItem[] = [];
  if (all || hasAnyRole(actor, SURVEY_ISSUERS))
    items.push(entry('/kiosk/danh-gia', 'nav-kiosk', <DesktopOutlined />, t('nav.kiosk')));
  if (all || hasAnyRole(actor, SATISFACTION_READERS))
    items.push(entry('/hai-long', 'nav-satisfaction', <SmileOutlined />, t('nav.satisfaction')));
  if (all || hasAnyRole(actor, [...FEEDBACK_HANDLERS, ...SATISFACTION_READERS]))
    items.push(entry('/phan-anh-xu-ly', 'nav-feedback', <CommentOutlined />, t('nav.feedbackQueue')));
  if (all || hasAnyRole(actor, [...DIALOGUE_ORGANISERS, ...SATISFACTION_READERS]))
    items.push(entry('/doi-thoai', 'nav-dialogues', <TeamOutlined />, t('nav.dialogues')));
  return items;
}

/** The citizens' entries: rate a returned dossier, send feedback. */
export function useCitizenSatisfactionMenu() {
  const { t } = useFeatureI18n(menuMessages);
  return [
    {
      key: '/danh-gia-cua-toi',
      icon: <SmileOutlined />,
      label: (
        <Link to="/danh-gia-cua-toi" data-testid="nav-rate">
          {t('nav.rateMine')}
        </Link>
      ),
    },
    {
      key: '/phan-anh',
      icon: <CommentOutlined />,
      label: (
        <Link to="/phan-anh" data-testid="nav-feedback-form">
          {t('nav.feedbackForm')}
        </Link>
      ),
    },
  ];
}

/** The public menu's entry to the feedback form. */
export function usePublicFeedbackMenuItem() {
  const { t } = useFeatureI18n(menuMessages);
  return {
    key: '/phan-anh',
    icon: <CommentOutlined />,
    label: (
      <Link to="/phan-anh" data-testid="nav-public-feedback">
        {t('nav.feedbackForm')}
      </Link>
    ),
  };
}
