/** First step of the webServer command on PostgreSQL: create the run's fresh, empty database. */
import { createRunDatabase, runDatabase } from './database';

try {
  await createRunDatabase();
  process.stdout.write(`e2e database ${runDatabase()?.name ?? '(none)'} created\n`);
} catch (error) {
  process.stderr.write(
    `Could not create the e2e database: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
