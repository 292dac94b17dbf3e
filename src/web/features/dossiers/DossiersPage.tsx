/** /dossiers: the work queues for officials, the own dossiers for a citizen. */
import { useCurrentUser } from '../auth/session';
import { CitizenDossiersPage } from './CitizenDossiersPage';
import { QueuePage } from './QueuePage';

export function DossiersPage() {
  const user = useCurrentUser();
  return user.kind === 'citizen' ? <CitizenDossiersPage /> : <QueuePage />;
}
