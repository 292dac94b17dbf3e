/** The dossier page's signed electronic result: download it and open its verification page (nothing if none). */
import { Alert, Button, Flex } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { SignedResult } from '../../../contracts/signed-results';
import { api } from '../../app/http';
import { useSignedResultI18n } from './signed-results.messages';

export function SignedResultCard({ dossierId }: { dossierId: string }) {
  const { t } = useSignedResultI18n();
  const result = useQuery({
    queryKey: ['dossier-signed-result', dossierId],
    queryFn: () => api.get<SignedResult>(`/dossiers/${dossierId}/signed-result`),
    retry: false,
    meta: { silent: true },
  });
  if (!result.data) return null;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="signed-result"
      title={`${t('signed.unit')}: ${result.data.unitName} — ${result.data.signedAt}`}
      description={
        <Flex gap={8} wrap>
          <Button type="primary" href={`/api/v1/dossiers/${dossierId}/signed-result/file`}>
            {t('signed.download')}
          </Button>
          <Link to={`/xac-thuc/${result.data.id}`}>{t('signed.title')}</Link>
        </Flex>
      }
    />
  );
}
