/**
 * /chuyen-ho-so-giay — "Chuyển hồ sơ giấy": the one-stop officer selects paper dossiers awaiting transfer
 * (overdue ones tagged), creates a transfer slip and prints it; the receiving unit confirms receipt on the
 * slips tab; leaders and inspectors read the late transfers of their subtree.
 */
import { Alert, Button, Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { hasAnyRole } from '../../../domain/access/policy';
import { actorOf, INTAKE_ROLES } from '../../app/access';
import { showSuccess } from '../../app/feedback';
import { useCurrentUser } from '../auth/session';
import { BatchTable } from './BatchTable';
import {
  slipUrl,
  useAwaitingTransfers,
  useCreateTransferBatch,
  useLateTransfers,
  type PaperTransferDossier,
} from './paper-transfers.api';
import { usePaperTransferI18n } from './paper-transfers.messages';
import { TransferDossierTable } from './TransferDossierTable';

function AwaitingTab() {
  const { t } = usePaperTransferI18n();
  const awaiting = useAwaitingTransfers(true);
  const create = useCreateTransferBatch();
  const [selected, setSelected] = useState<string[]>([]);
  const [created, setCreated] = useState<{ id: string; number: string } | null>(null);
  const items = awaiting.data?.items ?? [];
  const chosen = items.filter((item) => selected.includes(item.dossierId));
  const oneUnit = new Set(chosen.map((item: PaperTransferDossier) => item.toUnit.id)).size <= 1;
  return (
    <Flex vertical gap={12}>
      {created && (
        <Alert
          type="success"
          showIcon
          data-testid="batch-created"
          message={t('awaiting.created', { number: created.number })}
          action={
            <Button href={slipUrl(created.id)} target="_blank" rel="noopener" data-testid="created-print">
              {t('batches.print')}
            </Button>
          }
        />
      )}
      {!oneUnit && <Alert type="warning" showIcon message={t('awaiting.oneUnit')} />}
      <div>
        <Button
          type="primary"
          disabled={chosen.length === 0 || !oneUnit}
          loading={create.isPending}
          onClick={() =>
            create.mutate(selected, {
              onSuccess: (batch) => {
                setSelected([]);
                setCreated({ id: batch.id, number: batch.number });
                showSuccess(t('awaiting.created', { number: batch.number }));
              },
            })
          }
          data-testid="create-batch"
        >
          {t('awaiting.create', { count: chosen.length })}
        </Button>
      </div>
      <TransferDossierTable
        items={items}
        loading={awaiting.isFetching}
        empty={t('awaiting.empty')}
        selected={selected}
        onSelect={setSelected}
        testId="paper-transfer-awaiting"
      />
    </Flex>
  );
}

function LateTab() {
  const { t } = usePaperTransferI18n();
  const late = useLateTransfers(true);
  return (
    <TransferDossierTable
      items={late.data?.items ?? []}
      loading={late.isFetching}
      empty={t('late.empty')}
      testId="paper-transfer-late"
    />
  );
}

export function PaperTransfersPage() {
  const { t } = usePaperTransferI18n();
  const user = useCurrentUser();
  const oneStop = hasAnyRole(actorOf(user), INTAKE_ROLES);
  const tabs = [
    ...(oneStop ? [{ key: 'awaiting', label: t('tab.awaiting'), children: <AwaitingTab /> }] : []),
    { key: 'batches', label: t('tab.batches'), children: <BatchTable /> },
    { key: 'late', label: t('tab.late'), children: <LateTab /> },
  ];
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="paper-transfers-title">
          {t('page.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('page.subtitle')}</Typography.Text>
      </div>
      <Card size="small">
        <Tabs items={tabs} destroyOnHidden />
      </Card>
    </Flex>
  );
}
