/** The server's validation problems, each with its exact path and where that is in words. */
import { Alert, Typography } from 'antd';
import { useI18n } from '../../app/i18n/context';
import { describePath, type PathIssue } from './issue-paths';

interface Props {
  issues: readonly PathIssue[];
  /** The path prefix that names the definition (`definition` for drafts, none for an import). */
  prefix?: string;
  /** Only the list, without the alert around it (inside a dialog). */
  bare?: boolean;
  'data-testid'?: string;
}

function Items({ issues, prefix }: { issues: readonly PathIssue[]; prefix: string }) {
  const { t } = useI18n();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 320, overflow: 'auto' }}>
      {issues.map((issue, index) => (
        <li key={`${issue.path}-${index}`} data-testid="issue">
          <Typography.Text code>{issue.path || t('proc.path.whole')}</Typography.Text>{' '}
          <Typography.Text type="secondary">({describePath(issue.path, t, prefix)})</Typography.Text>:{' '}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

export function IssueList({ issues, prefix = 'definition', bare, ...rest }: Props) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  if (bare)
    return (
      <div data-testid={rest['data-testid']}>
        <Items issues={issues} prefix={prefix} />
      </div>
    );
  return (
    <Alert
      type="error"
      showIcon
      title={t('proc.issues.title', { count: issues.length })}
      description={<Items issues={issues} prefix={prefix} />}
      style={{ marginBottom: 16 }}
      data-testid={rest['data-testid'] ?? 'procedure-issues'}
    />
  );
}
