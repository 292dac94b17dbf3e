/**
 * The cleanup of uploads nobody linked (a form abandoned after its scans were sent): rows older than
 * `UPLOAD_UNLINKED_MAX_HOURS` are deleted in batches, and their bytes once no other row shares the hash.
 * The housekeeping job (`jobs/periodic.ts`) calls it every minute.
 */
import type { AppConfig } from '../../config.js';
import type { Clock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/connection.js';
import type { FileStore } from '../../storage/file-store.js';
import { LocalFileStore } from '../../storage/file-store.js';
import { deleteUnlinkedAttachments } from './attachments.queries.js';

const BATCH = 500;

/** Deletes unlinked attachments past their age; returns how many files' bytes were removed. */
export async function cleanUpUnlinkedAttachments(deps: {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  files?: FileStore;
}): Promise<number> {
  const files = deps.files ?? new LocalFileStore(deps.config.filesDir);
  const before = new Date(deps.clock.now().getTime() - deps.config.uploadUnlinkedMaxHours * 3600_000);
  let removed = 0;
  for (;;) {
    const hashes = await deps.database.db
      .transaction()
      .execute((trx) => deleteUnlinkedAttachments(trx, before, BATCH));
    for (const hash of hashes) await files.remove(hash);
    removed += hashes.length;
    if (hashes.length < BATCH) return removed;
  }
}
