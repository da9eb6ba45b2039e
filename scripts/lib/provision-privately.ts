/**
 * Ready means ready: migrations, the schema snapshot and the access model are put in place
 * on a Directus that listens only on 127.0.0.1 at a free port, which is then stopped. Only
 * after that does the caller start Directus on the public port, so a client that waits for
 * `/server/ping` never meets a half-provisioned instance (users without a role, a worker
 * without its token). Used by `npm start` and by the test instances, in the same order.
 */
import type { AppConfig } from './app-config.ts';
import { startDirectusServer } from './directus-process.ts';
import { freePort } from './free-port.ts';
import { prepareInstance } from './prepare-instance.ts';
import { provision } from './provision.ts';
import type { ProvisionReport } from '../../directus/access/provision-access.ts';

export async function prepareAndProvisionPrivately(config: AppConfig, env: Record<string, string>, options: { quiet?: boolean } = {}): Promise<ProvisionReport> {
  await prepareInstance(config, env, options);
  const port = String(await freePort());
  const privateServer = await startDirectusServer({ ...env, HOST: '127.0.0.1', PORT: port, PUBLIC_URL: `http://127.0.0.1:${port}` }, { quiet: true });
  try {
    return await provision({ url: privateServer.url, adminEmail: config.ADMIN_EMAIL, adminPassword: config.ADMIN_PASSWORD ?? '', workerToken: config.WORKER_TOKEN });
  } catch (error) {
    if (!options.quiet) console.error(privateServer.output().slice(-3000));
    throw error;
  } finally {
    await privateServer.stop();
  }
}
