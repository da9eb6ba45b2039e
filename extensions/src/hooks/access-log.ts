/**
 * The access log (issue 12, item 4): every read of personal data by a person is recorded
 * in `access_log`. The rules (which reads, how an entry looks) live in core/privacy; this
 * wires them:
 *
 * - reads: a filter on `items.read` (Directus awaits filters; its `items.read` action runs
 *   after the answer and its errors are swallowed). The entry is written in the read's own
 *   request and on the read's connection, before the data leaves: when it cannot be
 *   written, the read fails. An unlogged look at personal data would break the promise
 *   the log makes. One insert per read, whatever it returned.
 * - revisions: Directus's copies of an item (`revisions.read`) count as reads of the item.
 * - downloads: a middleware on `/assets/<id>` writes the entry before the file is served,
 *   for a file a letter, export, report, upload or source list points to.
 * - append-only: creating, changing or deleting entries through Directus is refused for
 *   everyone, the admin included. Entries are written with knex (no ItemsService, so no
 *   events, revisions or activity); only the worker's retention step removes them.
 * - keys: a read that does not ask for the keys of the personal data it returns gets them
 *   added for the log; they are taken out of the answer again.
 *
 * Responses of a person's reads are never put in Directus's cache (CACHE_ENABLED): a read
 * answered from the cache would not pass the hook.
 */
import { createError } from '@directus/errors';
import type { Knex } from 'knex';
import { describeError } from '../../../core/logging/describe-error.ts';
import { ACCESS_LOG_COLLECTION, ACCESS_LOG_WRITE_REFUSAL } from '../../../core/privacy/access-log-append-only.ts';
import { accessLogEntries, isPerson, type AccessLogEntry, type Reader } from '../../../core/privacy/access-log-entries.ts';
import { accessRoute } from '../../../core/privacy/access-log-route.ts';
import { downloadEntries, type FileOwner } from '../../../core/privacy/download-entries.ts';
import { revisionEntries } from '../../../core/privacy/revision-entries.ts';
import { withKeyFields, withoutFields } from '../../../core/privacy/with-key-fields.ts';
import { dbDates } from '../lib/db-dates.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { currentRoute, rememberRoute, routeFacts, type RouteRequest } from '../lib/request-route.ts';
import { schemaView, type SchemaOverview } from '../lib/schema-view.ts';
import { AccessRefusedError } from '../lib/user-facing-error.ts';

interface Accountability {
  user?: string | null;
  role?: string | null;
  admin?: boolean;
  app?: boolean;
}
interface Request extends RouteRequest {
  method: string;
  accountability?: Accountability;
  schema?: unknown;
}
interface Response {
  locals: Record<string, unknown>;
}
type Next = (error?: unknown) => void;
type ReadQuery = { fields?: unknown; filter?: unknown; search?: unknown; aggregate?: unknown; group?: unknown };

/** The read is refused when its entry cannot be written: nothing personal leaves unlogged. */
const AccessLogUnavailableError = createError<{ message: string }>('VROEGSIGNALERING_INZAGELOG', (extensions) => extensions.message, 503);
const UNLOGGED_READ_REFUSAL = 'Deze gegevens kunnen nu niet worden getoond: het vastleggen van de inzage in het inzagelog lukte niet. Probeer het over een paar minuten opnieuw; blijft het misgaan, neem dan contact op met de beheerder.';

/** Rows of these collections point to stored files that hold personal data. */
const FILE_OWNERS = ['documents', 'uploads', 'source_lists'];
const ASSET_PATH = /^\/assets\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;

export function registerAccessLogHooks({ init, filter }: Register, { env, services, logger, database: rootDatabase }: HookContext) {
  const sessionCookieName = String(env.SESSION_COOKIE_NAME ?? 'directus_session_token');
  const roleKeys = new Map<string, string>();
  /** Key fields added to a read's query for the log, taken out of its answer again. */
  const addedKeys = new WeakMap<object, string[]>();

  /** The reader as the log names them: user id and the key of their role. */
  const readerOf = async (accountability: Accountability | null | undefined, knex: Knex): Promise<Reader | null> => {
    if (!accountability) return null;
    const reader: Reader = { user: accountability.user ?? null, role: accountability.role ?? null, app: accountability.app === true };
    if (!isPerson(reader) || !reader.role) return reader;
    let key = roleKeys.get(reader.role);
    if (key === undefined) {
      const row = (await knex('directus_roles').select('key').where({ id: reader.role }).first()) as { key?: string | null } | undefined;
      key = row?.key ?? reader.role;
      roleKeys.set(reader.role, key);
    }
    return { ...reader, role: key };
  };

  const write = async (knex: Knex, entries: AccessLogEntry[]) => {
    if (!entries.length) return;
    const dates = dbDates(knex);
    try {
      await knex(ACCESS_LOG_COLLECTION).insert(entries.map((entry) => ({ ...entry, timestamp: dates.timestamp(entry.timestamp) })));
    } catch (error) {
      logger.error(`Refused a read: its access log entry could not be written (${entries.map((entry) => entry.collection).join(', ')}): ${describeError(error)}`);
      throw new AccessLogUnavailableError({ message: UNLOGGED_READ_REFUSAL });
    }
  };

  init('routes.before', ({ app }) => {
    const express = app as { use(handler: (req: Request, res: Response, next: Next) => void): void };
    // Keep the request's route for the reads it makes; keep a person's answers out of the cache.
    express.use((req, res, next) => {
      if (req.accountability?.user && req.accountability.app === true) res.locals.cache = false;
      rememberRoute(routeFacts(req, sessionCookieName), next);
    });
    express.use((req, _res, next) => {
      const match = req.method === 'GET' ? ASSET_PATH.exec(req.path) : null;
      if (!match || !req.accountability?.user || req.accountability.app !== true) return next();
      logDownload(match[1]!.toLowerCase(), req).then(() => next(), next);
    });
  });

  const logDownload = async (fileId: string, req: Request) => {
    const knex = rootDatabase as unknown as Knex;
    const owners: FileOwner[] = [];
    for (const collection of FILE_OWNERS) {
      for (const row of (await knex(collection).select('id').where({ file: fileId })) as Array<{ id: unknown }>) owners.push({ collection, id: String(row.id) });
    }
    if (!owners.length) return;
    // A file the user may not open is left to Directus to refuse: nothing was read.
    const files = new services.FilesService({ schema: req.schema as never, accountability: req.accountability as never, knex: knex as never });
    try {
      await files.readOne(fileId, { fields: ['id'] });
    } catch {
      return;
    }
    const reader = await readerOf(req.accountability, knex);
    await write(knex, downloadEntries({ reader, owners, route: accessRoute(routeFacts(req, sessionCookieName)), timestamp: new Date() }));
  };

  filter('items.query', (input, meta, context) => {
    const query = input as ReadQuery;
    const accountability = context.accountability as Accountability | null;
    if (!accountability?.user || accountability.app !== true || !Array.isArray(query.fields) || query.aggregate || !context.schema) return query;
    const collection = String((meta as { collection?: unknown }).collection);
    const asked = query.fields as string[];
    const fields = withKeyFields(asked, collection, schemaView(context.schema as unknown as SchemaOverview));
    if (fields.length === asked.length) return query;
    // Directus hands this same query object to the read's `items.read` filter.
    const updated = { ...query, fields };
    addedKeys.set(updated, fields.slice(asked.length));
    return updated;
  });

  filter('items.read', async (records, meta, context) => {
    const accountability = context.accountability as Accountability | null;
    if (!accountability?.user || accountability.app !== true || !context.schema) return records;
    const { collection, query } = meta as { collection: string; query?: ReadQuery };
    const knex = context.database as unknown as Knex;
    const entries = accessLogEntries({
      reader: await readerOf(accountability, knex),
      collection,
      query: query ?? {},
      records: Array.isArray(records) ? records : [records],
      route: currentRoute(),
      schema: schemaView(context.schema as unknown as SchemaOverview),
      timestamp: new Date(),
    });
    await write(knex, entries);
    const added = query ? addedKeys.get(query) : undefined;
    return added ? withoutFields(records, added) : records;
  });

  // A revision holds a copy of the item: reading it is reading the item.
  filter('revisions.read', async (records, _meta, context) => {
    const accountability = context.accountability as Accountability | null;
    if (!accountability?.user || accountability.app !== true) return records;
    const knex = context.database as unknown as Knex;
    const reader = await readerOf(accountability, knex);
    await write(knex, revisionEntries({ reader, records: Array.isArray(records) ? records : [records], route: currentRoute(), timestamp: new Date() }));
    return records;
  });

  for (const action of ['create', 'update', 'delete']) {
    filter(`${ACCESS_LOG_COLLECTION}.items.${action}`, () => {
      throw new AccessRefusedError({ message: ACCESS_LOG_WRITE_REFUSAL });
    });
  }
}
