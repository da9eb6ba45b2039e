/**
 * Provisions the Vroegsignalering dashboard and its panels (directus/insights/dashboard.ts)
 * through the REST API, on every start: creates what is missing, corrects what differs,
 * removes panels of this dashboard that the code no longer has. Writes nothing when all is
 * as defined.
 */
import { createDashboard, createPanels, deletePanels, readDashboards, readPanels, updateDashboard, updatePanel, type RestClient } from '@directus/sdk';
import { dashboard, DASHBOARD_ID, panels, type PanelRow } from './dashboard.ts';

// The SDK's schema generics add nothing here: system collections only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Client = RestClient<any>;

export interface DashboardReport {
  created: number;
  updated: number;
  deleted: number;
}

const differs = (wanted: Record<string, unknown>, current: Record<string, unknown>) => Object.entries(wanted).some(([key, value]) => JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null));

export async function provisionDashboard(client: Client): Promise<DashboardReport> {
  const report: DashboardReport = { created: 0, updated: 0, deleted: 0 };
  const [current] = (await client.request(readDashboards({ filter: { id: { _eq: DASHBOARD_ID } }, fields: ['id', 'name', 'icon', 'note', 'color'], limit: 1 }))) as Array<Record<string, unknown>>;
  if (!current) {
    await client.request(createDashboard(dashboard as never));
    report.created++;
  } else if (differs({ ...dashboard }, current)) {
    const { id: _id, ...fields } = dashboard;
    await client.request(updateDashboard(DASHBOARD_ID, fields as never));
    report.updated++;
  }

  const existing = (await client.request(readPanels({ filter: { dashboard: { _eq: DASHBOARD_ID } }, fields: ['id', 'dashboard', 'name', 'icon', 'color', 'show_header', 'note', 'type', 'position_x', 'position_y', 'width', 'height', 'options'], limit: -1 }))) as Array<PanelRow & Record<string, unknown>>;
  const missing = panels.filter((panel) => !existing.some((row) => row.id === panel.id));
  if (missing.length) {
    await client.request(createPanels(missing as never));
    report.created += missing.length;
  }
  for (const panel of panels) {
    const row = existing.find((candidate) => candidate.id === panel.id);
    if (row && differs({ ...panel }, row)) {
      const { id, ...fields } = panel;
      await client.request(updatePanel(id, fields as never));
      report.updated++;
    }
  }
  const stale = existing.filter((row) => !panels.some((panel) => panel.id === row.id)).map((row) => row.id);
  if (stale.length) {
    await client.request(deletePanels(stale));
    report.deleted += stale.length;
  }
  return report;
}
