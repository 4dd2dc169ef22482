// The admin API as a client sees it on the local stack: its routes
// (functions/local-stack/admin-routes.ts, behind the authorizer stand-in) on a gateway of their
// own, over tables of their own on the run's stand-ins, with version 1 of the demo company saved.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { DynamoDbConfigStore } from '../../../functions/adapters/dynamodb/dynamodb-config-store';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { LOCAL_ADMIN_TOKENS } from '../../../functions/local-stack/admin-authorizer';
import { adminRoutes } from '../../../functions/local-stack/admin-routes';
import { createLocalClients, type LocalClients } from '../../../functions/local-stack/aws-clients';
import { createTables } from '../../../functions/local-stack/create-tables';
import { createHttpGateway } from '../../../functions/local-stack/http-gateway';
import { EXAMPLE_CONFIG } from '../example-config';

export const TOKENS = { lead: `lead-${randomUUID()}`, reader: `reader-${randomUUID()}` };

export interface AdminApi {
  readonly url: string;
  readonly clients: LocalClients;
  readonly configTable: string;
  readonly ticketsTable: string;
  readonly store: DynamoDbConfigStore;
  /** A request as the support lead unless `token` says otherwise (null: no Authorization). */
  call(
    method: string,
    path: string,
    options?: {
      body?: string | object;
      headers?: Record<string, string>;
      token?: string | null;
    },
  ): Promise<{
    status: number;
    headers: Headers;
    text: string;
    json: () => ReturnType<typeof JSON.parse>;
  }>;
  stop(): Promise<void>;
}

export async function startAdminApi(
  options: { clock?: () => number; configDocument?: string | null } = {},
): Promise<AdminApi> {
  const { endpoints, prefix } = inject('standIns');
  const clients = createLocalClients(endpoints);
  const tables = await createTables(
    clients.dynamodb,
    `${prefix}-admin-${randomUUID().slice(0, 8)}`,
  );
  const configTable = tables[CONFIG_TABLE.tableNameEnv]!;
  const ticketsTable = tables[TICKETS_TABLE.tableNameEnv]!;
  const store = new DynamoDbConfigStore(clients.documents, configTable);
  if (options.configDocument !== null) {
    await store.saveVersion(options.configDocument ?? EXAMPLE_CONFIG, {
      holidays: dateHolidaysCalendar,
      savedBy: 'npm start',
    });
  }
  const gateway = createHttpGateway({
    routes: adminRoutes({
      env: {
        ...tables,
        [LOCAL_ADMIN_TOKENS.leadEnv]: TOKENS.lead,
        [LOCAL_ADMIN_TOKENS.readerEnv]: TOKENS.reader,
      },
      clients,
      clock: options.clock ?? (() => Date.now()),
    }),
  });
  const { url } = await gateway.start({ port: 0 });
  return {
    url,
    clients,
    configTable,
    ticketsTable,
    store,
    async call(method, path, { body, headers = {}, token = TOKENS.lead } = {}) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(body !== undefined && typeof body !== 'string'
            ? { 'content-type': 'application/json' }
            : {}),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        text,
        json: () => JSON.parse(text),
      };
    },
    async stop() {
      await gateway.stop();
      clients.destroy();
    },
  };
}
