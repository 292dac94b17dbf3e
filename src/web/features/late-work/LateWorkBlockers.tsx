/**
 * Why forward actions are held back (the dossier's late-work blockers), in plain words with what to file,
 * and a link to the "Trễ hạn" panel where the forms are.
 */
import { Alert, Button, Flex, Typography } from 'antd';
import type { Dossier } from '../../../contracts/dossiers';
import { useDossierLateWork } from './late-work.api';
import { useLateWorkI18n, type LateWorkMessageKey } from './late-work.messages';

/** The message key of a blocker; the server's own message for a code the screens do not know. */
function blockerKey(code: string, pending: boolean): LateWorkMessageKey | null {
  if (code === 'explanation_required') return 'blocker.explanation_required';
  if (code === 'apology_required') return pending ? 'blocker.apology_pending' : 'blocker.apology_required';
  return null;
}

export function LateWorkBlockers({ dossier, showLink = false }: { dossier: Dossier; showLink?: boolean }) {
  const { t } = useLateWorkI18n();
  const blocked = dossier.lateWorkBlockers.length > 0;
  const view = useDossierLateWork(dossier.id, blocked);
  if (!blocked) return null;
  const pending = view.data?.apologies.some((a) => a.status === 'pending') ?? false;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('blockers.title')}
      data-testid="late-work-blockers"
      description={
        <Flex vertical gap={4}>
          {dossier.lateWorkBlockers.map((blocker) => {
            const key = blockerKey(blocker.code, pending);
            return (
              <Typography.Text key={blocker.code} data-testid={`blocker-${blocker.code}`}>
                {key ? t(key) : blocker.message}
              </Typography.Text>
            );
          })}
          {showLink && (
            <Button
              type="link"
              href="#late-work"
              style={{ paddingInline: 0, alignSelf: 'flex-start' }}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById('late-work')?.scrollIntoView({ behavior: 'smooth' });
              }}
            >
              {t('panel.title')} ↓
            </Button>
          )}
        </Flex>
      }
    />
  );
}
