/**
 * Regenerates snapshots/schema.yaml from directus/schema/model.ts: boots a throwaway
 * Directus on SQLite, creates the model through the REST API and lets Directus write
 * its own snapshot. Then applies that snapshot to a throwaway PostgreSQL database and
 * snapshots it again as snapshots/schema.postgres.yaml: Directus's snapshots differ per
 * vendor, and each database must re-apply its own without changes. Needs the PostgreSQL
 * server of the tests (TEST_PG_HOST/PORT/USER, default 127.0.0.1:5432). Run after
 * changing the model; commit all three.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collections, systemFields } from '../directus/schema/model.ts';
import type { FieldDefinition, RelationDefinition } from '../directus/schema/field-builders.ts';
import { parseAppConfig } from './lib/app-config.ts';
import { directusEnv } from './lib/directus-env.ts';
import { runDirectusCli, startDirectusServer } from './lib/directus-process.ts';
import { freePort } from './lib/free-port.ts';
import { postgresSnapshotFile, snapshotFile } from './lib/project-paths.ts';
import { createDatabase, dropDatabase, PG_HOST, PG_PORT, PG_USER, postgresAnswers } from '../test/setup/postgres.ts';

const RELATIONAL = new Set(['m2o', 'file', 'user-created']);

function isAlias(field: FieldDefinition) {
  return field.type === 'alias';
}

function checkRelations(collection: string, fields: FieldDefinition[], relations: RelationDefinition[]) {
  for (const field of fields) {
    const special = (field.meta.special as string[] | null) ?? [];
    if (special.some((s) => RELATIONAL.has(s)) && !relations.some((r) => r.field === field.field)) {
      throw new Error(`${collection}.${field.field} is relational but has no relation definition`);
    }
  }
}

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'vs-snapshot-'));
  const adminPassword = randomBytes(12).toString('hex');
  const config = parseAppConfig({
    PORT: String(await freePort()),
    DB_FILENAME: path.join(work, 'snapshot.sqlite'),
    STORAGE_LOCAL_ROOT: path.join(work, 'uploads'),
    EXTENSIONS_PATH: path.join(work, 'extensions'),
    ADMIN_EMAIL: 'snapshot@example.com',
    ADMIN_PASSWORD: adminPassword,
    SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  });
  const env = directusEnv(config, { PATH: process.env.PATH ?? '' });
  env.EXTENSIONS_MUST_LOAD = 'false';
  await runDirectusCli(['bootstrap'], env, { quiet: true });
  const server = await startDirectusServer(env, { quiet: true });
  try {
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'snapshot@example.com', password: adminPassword }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const api = async (method: string, url: string, body: unknown) => {
      const response = await fetch(`${server.url}${url}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${await response.text()}`);
    };
    const withSort = (fields: FieldDefinition[]) => fields.map((field, index) => ({ ...field, meta: { ...field.meta, sort: index + 1 } }));

    for (const [index, definition] of collections.entries()) {
      checkRelations(definition.collection, definition.fields, definition.relations ?? []);
      const fields = withSort(definition.fields);
      await api('POST', '/collections', {
        collection: definition.collection,
        meta: {
          icon: definition.icon,
          note: definition.note,
          display_template: definition.displayTemplate ?? null,
          singleton: definition.singleton ?? false,
          hidden: definition.hidden ?? false,
          sort: index + 1,
          accountability: definition.accountability === undefined ? 'all' : definition.accountability,
          translations: [{ language: 'nl-NL', translation: definition.label.plural, singular: definition.label.singular, plural: definition.label.plural }],
        },
        schema: {},
        fields: fields.filter((field) => field.field === 'id'),
      });
    }
    for (const definition of collections) {
      for (const field of withSort(definition.fields)) {
        if (field.field !== 'id' && !isAlias(field)) await api('POST', `/fields/${definition.collection}`, field);
      }
    }
    for (const { collection, field } of systemFields) await api('POST', `/fields/${collection}`, field);
    for (const relation of [...collections.flatMap((c) => c.relations ?? []), ...systemFields.flatMap((s) => (s.relation ? [s.relation] : []))]) {
      await api('POST', '/relations', relation);
    }
    for (const definition of collections) {
      for (const field of withSort(definition.fields)) if (isAlias(field)) await api('POST', `/fields/${definition.collection}`, field);
    }
    await runDirectusCli(['schema', 'snapshot', '--yes', '--format', 'yaml', snapshotFile], env, { quiet: true });
    console.log(`Snapshot written to ${path.relative(process.cwd(), snapshotFile)}`);
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
  await writePostgresSnapshot();
}

/** The SQLite snapshot as PostgreSQL holds it, so that applying it there twice changes nothing. */
async function writePostgresSnapshot() {
  if (!(await postgresAnswers())) {
    throw new Error(`PostgreSQL does not answer on ${PG_HOST}:${PG_PORT}; it is needed to write ${path.relative(process.cwd(), postgresSnapshotFile)}`);
  }
  const database = `vs_snapshot_${randomBytes(4).toString('hex')}`;
  await createDatabase(database);
  try {
    const config = parseAppConfig({
      PORT: String(await freePort()),
      DB_CLIENT: 'pg',
      DB_HOST: PG_HOST,
      DB_PORT: String(PG_PORT),
      DB_USER: PG_USER,
      DB_DATABASE: database,
      ADMIN_EMAIL: 'snapshot@example.com',
      ADMIN_PASSWORD: randomBytes(12).toString('hex'),
      SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
    });
    const env = directusEnv(config, { PATH: process.env.PATH ?? '' });
    await runDirectusCli(['bootstrap'], env, { quiet: true });
    await runDirectusCli(['schema', 'apply', '--yes', snapshotFile], env, { quiet: true });
    await runDirectusCli(['schema', 'snapshot', '--yes', '--format', 'yaml', postgresSnapshotFile], env, { quiet: true });
    console.log(`Snapshot written to ${path.relative(process.cwd(), postgresSnapshotFile)}`);
  } finally {
    await dropDatabase(database);
  }
}

await main();
