/**
 * /xac-thuc/:id — public verification of a signed result (the QR code on the result opens it): who signed,
 * when, the certificate, and whether the stored file is unchanged; plus a check of a PDF the reader has.
 * Fits a 390 px phone (one column).
 */
import { Alert, Button, Card, Descriptions, Flex, Typography, Upload } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { UploadedPdfCheck } from '../../../contracts/signed-results';
import { checkPdf, fetchVerification } from './signed-results.api';
import { useSignedResultI18n } from './signed-results.messages';

function CheckResult({ result }: { result: UploadedPdfCheck }) {
  const { t } = useSignedResultI18n();
  const valid = result.signature?.intact === true && result.signature.coversWholeFile;
  return (
    <Flex vertical gap={8} data-testid="check-result">
      {result.signature ? (
        <Alert
          type={valid ? 'success' : 'error'}
          showIcon
          title={t(valid ? 'signed.check.valid' : 'signed.check.invalid')}
        />
      ) : (
        <Alert type="warning" showIcon title={t('signed.check.noSignature')} />
      )}
      <Alert
        type={result.issued ? 'success' : 'info'}
        showIcon
        title={t(result.issued ? 'signed.check.issued' : 'signed.check.notIssued')}
        description={
          result.issued ? `${result.issued.dossierCode ?? ''} — ${result.issued.unitName}` : undefined
        }
      />
    </Flex>
  );
}

export function VerifyPage() {
  const { t } = useSignedResultI18n();
  const { id = '' } = useParams();
  const verification = useQuery({
    queryKey: ['signed-result', id],
    queryFn: () => fetchVerification(id),
    retry: false,
    meta: { silent: true },
  });
  const check = useMutation({ mutationFn: checkPdf, meta: { silent: true } });
  const v = verification.data;
  const wrap = { wordBreak: 'break-all' as const };
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('signed.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signed.intro')}</Typography.Paragraph>
        {verification.isError && <Alert type="error" showIcon title={t('signed.notFound')} />}
        {v && (
          <Flex vertical gap={12}>
            <Alert
              data-testid="verify-status"
              type={v.unchanged ? 'success' : 'error'}
              showIcon
              title={t(v.unchanged ? 'signed.unchanged' : 'signed.changed')}
            />
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'code', label: t('signed.code'), children: v.dossierCode },
                { key: 'procedure', label: t('signed.procedure'), children: v.procedureName },
                { key: 'unit', label: t('signed.unit'), children: v.unitName },
                { key: 'at', label: t('signed.signedAt'), children: v.signedAt },
                {
                  key: 'subject',
                  label: t('signed.subject'),
                  children: <span style={wrap}>{v.certificateSubject}</span>,
                },
                {
                  key: 'issuer',
                  label: t('signed.issuer'),
                  children: <span style={wrap}>{v.certificateIssuer}</span>,
                },
                {
                  key: 'serial',
                  label: t('signed.serial'),
                  children: <span style={wrap}>{v.certificateSerial}</span>,
                },
                { key: 'hash', label: t('signed.hash'), children: <span style={wrap}>{v.hash}</span> },
              ]}
            />
          </Flex>
        )}
      </Card>
      <Card title={t('signed.check.title')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('signed.check.hint')}</Typography.Text>
          <Upload
            accept="application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              check.mutate(file);
              return false;
            }}
          >
            <Button loading={check.isPending}>{t('signed.check.pick')}</Button>
          </Upload>
          {check.isError && <Alert type="error" showIcon title={t('signed.check.failed')} />}
          {check.data && <CheckResult result={check.data} />}
        </Flex>
      </Card>
    </Flex>
  );
}
