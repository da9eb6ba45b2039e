import { provisionAccess, removeBootstrapAdminRole, type ProvisionReport } from '../../directus/access/provision-access.ts';
import { provisionDashboard } from '../../directus/insights/provision-dashboard.ts';
import { loginClient } from './directus-client.ts';
import { seedTemplates } from './seed-templates.ts';

/**
 * Provisions the access model, the default templates and the dashboard as the configured admin; used by
 * npm start, tests and the compose file.
 */
export async function provision(options: { url: string; adminEmail: string; adminPassword: string; workerToken?: string }): Promise<ProvisionReport & { templatesCreated: number; templatesUpdated: number; dashboardChanges: number }> {
  const report = await provisionAccess(await loginClient(options.url, options.adminEmail, options.adminPassword), options);
  // A fresh login: the first token still points at the bootstrap role.
  const client = await loginClient(options.url, options.adminEmail, options.adminPassword);
  await removeBootstrapAdminRole(client);
  // Counts only: which templates were kept as edited is not news at every start.
  const templates = await seedTemplates(client);
  // issue 13: the Vroegsignalering dashboard (Insights) for staff and the functional admin.
  const dashboard = await provisionDashboard(client);
  return { ...report, templatesCreated: templates.created.length, templatesUpdated: templates.updated.length, dashboardChanges: dashboard.created + dashboard.updated + dashboard.deleted };
}
