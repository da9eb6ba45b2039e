import { provisionAccess, removeBootstrapAdminRole, type ProvisionReport } from '../../directus/access/provision-access.ts';
import { loginClient } from './directus-client.ts';

/** Provisions the access model as the configured admin; used by npm start, tests and the compose file. */
export async function provision(options: { url: string; adminEmail: string; adminPassword: string; workerToken?: string }): Promise<ProvisionReport> {
  const report = await provisionAccess(await loginClient(options.url, options.adminEmail, options.adminPassword), options);
  // A fresh login: the first token still points at the bootstrap role.
  await removeBootstrapAdminRole(await loginClient(options.url, options.adminEmail, options.adminPassword));
  return report;
}
