/**
 * Sets up the owner and app roles of scripts/db-roles.sql on a PostgreSQL database, runs the
 * migrations as the owner, and prints the two URLs to give the server:
 *
 *   scripts/db-roles.sh postgres://admin@host/procura [owner-role] [app-role]
 *   → DATABASE_OWNER_URL=postgres://procura_owner:…@host/procura
 *     DATABASE_URL=postgres://procura_app:…@host/procura
 *
 * The admin URL needs a role that may create roles (a superuser, or CREATEROLE and the
 * database's owner). Passwords come from PROCURA_OWNER_PASSWORD and PROCURA_APP_PASSWORD, or
 * are made here (printed once, in those URLs). PROCURA_DB_SCHEMA: the schema (public).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPg } from '../server/store/db.js';
import { migrate } from '../server/store/migrate.js';

const SQL = fileURLToPath(new URL('./db-roles.sql', import.meta.url));
const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface RoleSetup {
  owner?: string;
  app?: string;
  schema?: string;
  ownerPassword?: string;
  appPassword?: string;
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** db-roles.sql with its names and passwords filled in (psql's :"var" and :'var' forms). */
export function rolesSql(v: Required<RoleSetup>): string {
  const values: Record<string, string> = {
    owner: v.owner,
    app: v.app,
    schema: v.schema,
    owner_password: v.ownerPassword,
    app_password: v.appPassword,
  };
  return readFileSync(SQL, 'utf8').replace(/:(["'])([a-z_]+)\1/g, (m, quote: string, name: string) => {
    const value = values[name];
    if (value === undefined) return m;
    return quote === '"' ? ident(value) : literal(value);
  });
}

const withUser = (url: string, user: string, password: string) => {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
};

export async function setUpRoles(
  adminUrl: string,
  opts: RoleSetup = {},
): Promise<{ ownerUrl: string; appUrl: string }> {
  const v: Required<RoleSetup> = {
    owner: opts.owner ?? 'procura_owner',
    app: opts.app ?? 'procura_app',
    schema: opts.schema ?? 'public',
    ownerPassword: opts.ownerPassword ?? randomBytes(18).toString('base64url'),
    appPassword: opts.appPassword ?? randomBytes(18).toString('base64url'),
  };
  for (const name of [v.owner, v.app, v.schema])
    if (!NAME.test(name)) throw new Error(`not a plain role or schema name: ${name}`);
  const { default: pg } = await import('pg');
  const runAsAdmin = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(rolesSql(v));
      await c.query(
        `GRANT CONNECT ON DATABASE ${ident((await c.query('SELECT current_database() AS d')).rows[0].d)} TO ${ident(v.owner)}, ${ident(v.app)}`,
      );
    } finally {
      await c.end();
    }
  };
  await runAsAdmin();
  const ownerUrl = withUser(adminUrl, v.owner, v.ownerPassword);
  const appUrl = withUser(adminUrl, v.app, v.appPassword);
  const owner = await openPg({
    connectionString: ownerUrl,
    schema: v.schema === 'public' ? undefined : v.schema,
    max: 1,
  });
  try {
    await migrate(owner);
  } finally {
    await owner.close();
  }
  await runAsAdmin(); // now the tables exist: their privileges
  return { ownerUrl, appUrl };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [adminUrl, owner, app] = process.argv.slice(2);
  if (!adminUrl) {
    process.stderr.write('usage: scripts/db-roles.sh <admin-database-url> [owner-role] [app-role]\n');
    process.exit(2);
  }
  setUpRoles(adminUrl, {
    owner,
    app,
    schema: process.env.PROCURA_DB_SCHEMA || undefined,
    ownerPassword: process.env.PROCURA_OWNER_PASSWORD || undefined,
    appPassword: process.env.PROCURA_APP_PASSWORD || undefined,
  }).then(
    ({ ownerUrl, appUrl }) => process.stdout.write(`DATABASE_OWNER_URL=${ownerUrl}\nDATABASE_URL=${appUrl}\n`),
    (err: Error) => {
      process.stderr.write(`db-roles failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
