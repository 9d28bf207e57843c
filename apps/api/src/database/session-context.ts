import type { DataSource } from 'typeorm';
import { currentContext, isAdmin } from '../auth/request-context.js';

// Every connection the app takes from the pool works as the role `tvaers_app` and carries the
// request's user in session settings, which the audit trigger (actor) and row-level security read.
// The settings are written when a query runner takes a connection, and only when they differ from
// what that connection already holds, so a request usually costs one extra round trip per connection.
// Work marked `anySession` (the sign-in lookup) leaves them as they are.

const SETTINGS_SQL = `SELECT set_config('role', 'tvaers_app', false),
  set_config('tvaers.user_id', $1, false), set_config('tvaers.user_email', $2, false),
  set_config('tvaers.role', $3, false), set_config('tvaers.operation', $4, false)`;

interface PgClient {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

const applied = new WeakMap<PgClient, string>();

function settingsForNow(): string[] {
  const context = currentContext();
  const user = context?.user;
  // tvaers.role tells row-level security how far the session sees: ADMIN, SYSTEM and PUBLIC see every
  // programme, MEMBER only the programmes of the user's memberships (see the memberships migration).
  // A partner's organisation is per membership now; the policies read it from the memberships table.
  if (user) return [user.id, user.email, isAdmin(user) ? 'ADMIN' : 'MEMBER', context?.operation ?? ''];
  if (context?.system) return ['', 'system', 'SYSTEM', context.operation ?? ''];
  if (context?.publicReader) return ['', 'anonymous', 'PUBLIC', context.operation ?? ''];
  // No request context: nobody. Row-level security shows nothing that needs a role.
  return ['', 'anonymous', '', ''];
}

/** Makes every query runner of this DataSource set the session context on the connection it takes. */
export function applySessionContext(dataSource: DataSource): DataSource {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    const connect = runner.connect.bind(runner);
    runner.connect = async () => {
      const client = (await connect()) as PgClient;
      if (currentContext()?.anySession) return client;
      const settings = settingsForNow();
      const key = settings.join('\u0000');
      if (applied.get(client) !== key) {
        await client.query(SETTINGS_SQL, settings);
        applied.set(client, key);
      }
      return client;
    };
    return runner;
  };
  return dataSource;
}
