/**
 * What an evaluation page shows while its data loads or when the server refuses it: a skeleton, or a clear
 * result ("Bạn không có quyền xem …" with the server's reason, "Không tìm thấy …"), never an empty list.
 */
import { Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../../app/http';
import { useEvaluationI18n } from './evaluation.messages';

interface GateProps {
  /** The query behind the page. */
  query: { isPending: boolean; error: unknown };
  /** What the page shows, as in "Bạn không có quyền xem {what}". */
  what: string;
  children: ReactNode;
}

export function EvaluationGate({ query, what, children }: GateProps) {
  const { t } = useEvaluationI18n();
  const error = query.error;
  if (isApiError(error, 'forbidden'))
    return (
      <Result
        status="403"
        title={t('ev.denied.title', { what })}
        subTitle={error.message}
        data-testid="ev-denied"
      />
    );
  if (isApiError(error, 'not_found'))
    return (
      <Result
        status="404"
        title={t('ev.missing.title', { what })}
        subTitle={t('ev.missing.detail')}
        data-testid="ev-missing"
      />
    );
  if (error) return <Result status="error" title={error instanceof Error ? error.message : String(error)} />;
  if (query.isPending) return <Skeleton active />;
  return <>{children}</>;
}
