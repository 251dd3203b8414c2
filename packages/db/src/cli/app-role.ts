#!/usr/bin/env tsx
// Creates (or updates) the role the API server connects as on PostgreSQL: LOGIN, owns nothing, may only read and
// write rows — never change or remove an audit event, disable a trigger, alter, truncate or drop a table
// (src/roles.ts; README "PostgreSQL"). Run it as the database's owner, after the first `db:migrate`:
//
//   MIGRATION_DATABASE_URL=postgresql://ssj_owner:…@db/ssj SSJ_APP_ROLE_PASSWORD=… npm run db:app-role -- ssj_app
//
// The owner's connection: $MIGRATION_DATABASE_URL, else $DATABASE_URL. The password comes from
// $SSJ_APP_ROLE_PASSWORD (never the command line, which shells keep in their history); without it none is set.
import { redactUrl, resolveMigrationUrl } from '../connection.ts';
import { createAppRole } from '../roles.ts';
import { appRolePassword, databaseSettings } from '../env.ts';

async function main(argv: string[]): Promise<number> {
  const role = argv[0] ?? 'ssj_app';
  const ownerUrl = resolveMigrationUrl() ?? databaseSettings().databaseUrl;
  if (!ownerUrl || !/^postgres(ql)?:\/\//i.test(ownerUrl)) {
    console.error(
      'Set MIGRATION_DATABASE_URL (or DATABASE_URL) to postgresql://<owner>@<host>/<database>: roles exist on PostgreSQL only; the embedded database needs none.',
    );
    return 2;
  }
  const password = appRolePassword();
  await createAppRole(ownerUrl, { role, password });
  console.log(`角色 ${role} 已就绪 / Role ${role} is ready on ${redactUrl(ownerUrl)}${password ? '' : ' (no password set)'}.`);
  console.log(`服务器 / Server: DATABASE_URL=postgresql://${role}:…@<host>/<database> npm start`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
