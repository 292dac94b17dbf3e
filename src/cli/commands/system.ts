/** CLI: `migrate`, `seed`, `create-user`. */
import type { Command } from 'commander';
import { ROLES, type Role } from '../../domain/access/roles.js';
import { systemClock } from '../../server/clock.js';
import { appendAudit } from '../../server/modules/audit/audit.queries.js';
import { findUnitByCode, countUnits } from '../../server/modules/units/units.queries.js';
import { insertOfficial, replaceRoles } from '../../server/modules/users/users.queries.js';
import { seedDemoIfEmpty } from '../../server/seed/demo.js';
import { seedDemoCatalogueIfEmpty } from '../../server/seed/demo-catalogue.js';
import { seedConductDemoIfEmpty } from '../../server/seed/conduct-demo.js';
import { loadReferenceUnits, readReferenceUnits } from '../../server/seed/reference-units.js';
import { generateTemporaryPassword, hashPassword } from '../../server/security/password.js';
import { isCommonPassword } from '../../server/security/password-policy.js';
import { findPasswordWeakness, PASSWORD_WEAKNESS_MESSAGES } from '../../domain/identity/password.js';
import { withDatabase } from '../database.js';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerSystemCommands(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (PGlite in DATA_DIR, or DATABASE_URL)')
    .action(async () => {
      await withDatabase(async (handle, _config, migration) => {
        for (const name of migration.applied) print(`applied ${name}`);
        print(`${handle.kind}: at ${migration.latest ?? '(none)'}`);
      });
    });

  program
    .command('seed')
    .description(
      "Load Vietnam's administrative units if missing, and demo data when DEMO is on (not in production)",
    )
    .option('--no-demo', 'only the reference units, no demo agencies or accounts')
    .action(async (options: { demo: boolean }) => {
      await withDatabase(async (handle, config) => {
        if ((await countUnits(handle.db)) === 0) {
          const loaded = await handle.db
            .transaction()
            .execute((trx) => loadReferenceUnits(trx, readReferenceUnits()));
          print(`loaded ${loaded.provinces} provinces and ${loaded.communes} communes`);
        } else {
          print('units already present');
        }
        if (options.demo && config.demo) {
          print(
            (await seedDemoIfEmpty(handle.db, systemClock))
              ? 'demo data seeded'
              : 'users already present: demo skipped',
          );
          const procedures = await seedDemoCatalogueIfEmpty(handle.db, systemClock);
          print(procedures > 0 ? `demo catalogue: ${procedures} procedures` : 'procedures already present');
          print(
            (await seedConductDemoIfEmpty(handle.db, systemClock))
              ? 'demo conduct data seeded (plan, code of conduct, inspections)'
              : 'conduct data already present',
          );
        }
      });
    });

  program
    .command('create-user')
    .description('Create an official account (prints a temporary password unless --password is given)')
    .requiredOption('--username <name>', 'login name (lower case)')
    .requiredOption('--full-name <name>', 'full name')
    .requiredOption('--unit <code>', 'code of the unit, e.g. 01 or 00004')
    .option('--role <role>', `role, repeatable: ${ROLES.join(', ')}`, collect, [])
    .option('--password <password>', 'initial password')
    .action(
      async (options: {
        username: string;
        fullName: string;
        unit: string;
        role: string[];
        password?: string;
      }) => {
        const roles = options.role.length > 0 ? options.role : ['specialist'];
        const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
        if (unknown.length > 0) throw new Error(`Vai trò không hợp lệ (unknown role): ${unknown.join(', ')}`);
        await withDatabase(async (handle) => {
          const unit = await findUnitByCode(handle.db, options.unit);
          if (!unit) throw new Error(`Không tìm thấy đơn vị có mã ${options.unit} (unknown unit code)`);
          if (options.password !== undefined) {
            const weakness = findPasswordWeakness(options.password, {
              identifiers: [options.username],
              isCommon: isCommonPassword,
            });
            if (weakness) throw new Error(PASSWORD_WEAKNESS_MESSAGES[weakness].vi);
          }
          const password = options.password ?? generateTemporaryPassword();
          const passwordHash = await hashPassword(password);
          const now = systemClock.now();
          await handle.db.transaction().execute(async (trx) => {
            const id = await insertOfficial(trx, {
              username: options.username.toLowerCase(),
              fullName: options.fullName,
              unitId: unit.id,
              title: null,
              email: null,
              phone: null,
              passwordHash,
              mustChangePassword: options.password === undefined,
              now,
            });
            await replaceRoles(trx, id, roles as Role[]);
            await appendAudit(trx, {
              at: now,
              actorId: null,
              actorUnitId: null,
              unitId: unit.id,
              action: 'user.create',
              targetType: 'user',
              targetId: id,
              summary: { username: options.username, roles, via: 'cli' },
              requestId: null,
            });
          });
          print(`created ${options.username.toLowerCase()} in ${unit.full_name}`);
          if (options.password === undefined) print(`temporary password: ${password}`);
        });
      },
    );
}
