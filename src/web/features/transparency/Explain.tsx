/**
 * A figure's plain-Vietnamese explanation, opened by a tap or click (a Popover, not a hover-only Tooltip,
 * so it works on phones).
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import type { ReactNode } from 'react';
import { useTransparencyI18n } from './transparency.messages';

export function Explain({ children, testId }: { children: ReactNode; testId?: string }) {
  const { t } = useTransparencyI18n();
  return (
    <Popover trigger="click" content={<div style={{ maxWidth: 300 }}>{children}</div>} title={t('help.what')}>
      <Button
        type="link"
        size="small"
        icon={<QuestionCircleOutlined />}
        aria-label={t('help.what')}
        data-testid={testId}
        style={{ padding: 0, height: 'auto' }}
      />
    </Popover>
  );
}

/** A column title with its explanation beside it. */
export function ExplainedTitle({ title, help }: { title: string; help: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {title} <Explain>{help}</Explain>
    </span>
  );
}
