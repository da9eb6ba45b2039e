/**
 * The Vroegsignalering dashboard (Insights) as code: one "Kengetal" panel per figure of
 * core/reporting/dashboard-indicators.ts, two side by side, under a short introduction.
 * Fixed ids make provisioning an update, never a second dashboard; staff and the
 * functional admin read it, no one changes it in the app (directus/access/access-model.ts).
 */
import { DASHBOARD_INDICATORS, definitionOf } from '../../core/reporting/dashboard-indicators.ts';

export const DASHBOARD_ID = '9d9528c9-d218-4b8d-aea7-75b81782e3da';
export const DASHBOARD_NAME = 'Vroegsignalering: kengetallen';

/** One id per panel, in the order of DASHBOARD_INDICATORS after the introduction. */
const PANEL_IDS = [
  'ef093b07-5465-4e5d-b393-dc13a98aea89', '0d09f82e-7c36-4c37-b651-6127ffade2d2', '56af7908-1b51-4147-91b0-bbd98dbafd62', 'c18f6ea3-fccf-44c4-88f5-21cd7f70738c',
  '8ea3151f-cd14-45e4-b3a4-1d228a56d144', '498702e2-a0b0-429b-a6f8-9430fca4f264', '1ccd0e54-1e68-4c54-8282-ba3d92953b2b', '3c3678c5-2285-4743-ba18-43d666f12c73',
  '31a73861-a39d-4cfc-9f9d-9283a7bd18dd', '1366b701-f35d-4c53-874f-ada00b2fc196', 'bcef8546-c3c9-4ccc-a3a5-c9e19e09f458', '374bd5f4-5c14-4eb9-b3a1-5d29c9fb4693',
  '9fe7d7d6-005b-4076-88cd-65b56be5bf84', '03fb48b4-6710-4ea1-ba37-6230e0a52213', '52542614-20ce-4a01-92ae-cdb0cad54d64',
];

export interface DashboardRow {
  id: string;
  name: string;
  icon: string;
  note: string;
  color: string | null;
}

export interface PanelRow {
  id: string;
  dashboard: string;
  name: string;
  icon: string;
  color: string | null;
  show_header: boolean;
  note: string | null;
  type: string;
  position_x: number;
  position_y: number;
  width: number;
  height: number;
  options: Record<string, unknown>;
}

export const dashboard: DashboardRow = {
  id: DASHBOARD_ID,
  name: DASHBOARD_NAME,
  icon: 'monitoring',
  note: 'Signalen, bereik, doorlooptijden, routes, eindresultaten en ontruimingen per maand. Dezelfde cijfers als de DDAS-levering aan CBS.',
  color: null,
};

const INTRODUCTION =
  'Kengetallen per maand, elke nacht opnieuw berekend uit de signalen, zaken en contactpogingen (dezelfde berekening als de DDAS-levering aan CBS). ' +
  'Onder elke grafiek staat hoe het getal is bepaald. Alleen aantallen: er staan geen persoonsgegevens op dit dashboard.';

const WIDTH = 24;
const HEIGHT = 16;
const INTRO_HEIGHT = 4;

if (PANEL_IDS.length < DASHBOARD_INDICATORS.length + 1) throw new Error('dashboard.ts: add a panel id for every dashboard indicator');

export const panels: PanelRow[] = [
  {
    id: PANEL_IDS[0]!,
    dashboard: DASHBOARD_ID,
    name: 'Over dit dashboard',
    icon: 'info',
    color: null,
    show_header: false,
    note: null,
    type: 'label',
    position_x: 1,
    position_y: 1,
    width: WIDTH * 2,
    height: INTRO_HEIGHT,
    options: { text: INTRODUCTION, whiteSpace: 'normal', fontSize: 'sm', fontWeight: 'normal', textAlign: 'left' },
  },
  ...DASHBOARD_INDICATORS.map((indicator, index): PanelRow => ({
    id: PANEL_IDS[index + 1]!,
    dashboard: DASHBOARD_ID,
    name: indicator.title,
    icon: 'monitoring',
    color: null,
    show_header: true,
    note: definitionOf(indicator),
    type: 'vs-figure',
    position_x: 1 + (index % 2) * WIDTH,
    position_y: 1 + INTRO_HEIGHT + Math.floor(index / 2) * HEIGHT,
    width: WIDTH,
    height: HEIGHT,
    options: { indicator: indicator.key, unit: indicator.unit, chart: indicator.chart, lastMonths: 13, targets: indicator.targets ?? [] },
  })),
];
