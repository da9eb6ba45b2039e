import { describe, expect, test } from 'vitest';
import { worklistPresets } from '../../directus/access/layout-presets.ts';
import { countFromAggregate, countRequest, corporationExpectation, cycleOverview, directusRootPath, dutchPeriod, groupBySection, partnerDocumentRow, partnerDocumentsRequest, resolveTile, startTilesFor, type BookmarkPreset } from './start-tiles.ts';

describe('startTilesFor', () => {
  test.each([
    ['debt_services', ['BRP-koppeling controleren', 'Nieuwe zaken', 'Zaken met aandacht', 'Mijn zaken', 'Alle open zaken', 'Wacht op AMW', 'Taken op of over de datum', 'Termijn verlopen', 'Terugverwezen door AMW', 'Huur inhouden', 'Ontbrekende of kleine uploads', 'Alle open taken', 'Mislukte taken']],
    ['corporation', ['Maandlijst aanleveren', 'Alle uploads', 'Geweigerd of mislukt']],
    ['social_work', ['Nieuwe doorverwijzingen', 'In behandeling', 'Werklijst op prioriteit', 'Contactpogingen']],
    ['functional_admin', ['Sjablonen', 'Instellingen', 'Signaalpartners', 'Gebruikers', 'Mislukte taken']],
    ['admin', ['Mislukte taken', 'Taken in uitvoering', 'Uploads in verwerking', 'Mislukte uploads', 'Gebruikers', 'Instellingen', 'Projectinstellingen']],
    [null, []],
  ] as const)('%s sees %j', (role, labels) => {
    expect(startTilesFor(role).map((tile) => tile.label)).toEqual(labels);
  });

  test('every bookmark a tile names is one the role gets', () => {
    const roles = { debt_services: 'role-sdv', social_work: 'role-amw' };
    const presets = worklistPresets(roles);
    for (const [role, id] of Object.entries(roles)) {
      for (const tile of startTilesFor(role as 'debt_services' | 'social_work')) {
        if (tile.source.kind !== 'bookmark') continue;
        const { bookmark, collection } = tile.source;
        expect(presets.some((p) => p.bookmark === bookmark && p.collection === collection && p.role === id), `${role}: ${bookmark}`).toBe(true);
      }
    }
  });

  test('the corporation uploads through the module screen', () => {
    expect(startTilesFor('corporation')[0]!.source).toEqual({ kind: 'link', to: '/vroegsignalering/aanleveren' });
  });
});

describe('resolveTile', () => {
  const presets: BookmarkPreset[] = [
    { id: 7, bookmark: 'Termijn verlopen', collection: 'tasks', filter: { kind: { _eq: 'overdue' } } },
    { id: 8, bookmark: 'Termijn verlopen', collection: 'cases', filter: { x: 1 } },
  ];
  const overdue = startTilesFor('debt_services').find((tile) => tile.key === 'overdue')!;

  test.each([
    ['a bookmark tile opens its bookmark and counts with its filter', overdue, { to: '/content/tasks?bookmark=7', count: { collection: 'tasks', filter: { kind: { _eq: 'overdue' } } } }],
    ['a missing bookmark opens the plain list and counts nothing', startTilesFor('debt_services').find((tile) => tile.key === 'new-cases')!, { to: '/content/cases', count: null }],
    ['a link tile counts nothing', startTilesFor('corporation')[0]!, { to: '/vroegsignalering/aanleveren', count: null }],
    ['a count tile counts its own filter', startTilesFor('admin')[0]!, { to: '/content/job_runs', count: { collection: 'job_runs', filter: { status: { _eq: 'failed' } } } }],
  ])('%s', (_, tile, expected) => {
    const resolved = resolveTile(tile, presets);
    expect({ to: resolved.to, count: resolved.count }).toEqual(expected);
  });
});

describe('countRequest and countFromAggregate', () => {
  test.each([
    [{ collection: 'tasks', filter: { a: 1 } }, { path: '/items/tasks', params: { 'aggregate[count]': '*', filter: '{"a":1}' } }],
    [{ collection: 'templates', filter: {} }, { path: '/items/templates', params: { 'aggregate[count]': '*' } }],
    [{ collection: 'directus_users', filter: {} }, { path: '/users', params: { 'aggregate[count]': '*' } }],
  ])('%j', (count, expected) => {
    expect(countRequest(count)).toEqual(expected);
  });

  test.each([
    [[{ count: 3 }], 3],
    [[{ count: '12' }], 12],
    [[], null],
    [null, null],
    [[{ count: 'x' }], null],
  ])('%j → %s', (data, expected) => {
    expect(countFromAggregate(data)).toBe(expected);
  });
});

test('groupBySection keeps the listed order', () => {
  const groups = groupBySection(startTilesFor('debt_services').map((tile) => ({ tile })));
  expect(groups.map((g) => g.section)).toEqual(['Signalen', 'Zaken', 'Taken', 'Achtergrondwerk']);
});

describe('cycleOverview', () => {
  test.each([
    ['2026-12-02', 'december 2026', 'november 2026', ['5 december 2026', '9 december 2026', '11 december 2026']],
    ['2026-12-10', 'december 2026', 'november 2026', ['11 december 2026', '5 januari 2027', '9 januari 2027']],
    ['2026-12-11', 'december 2026', 'november 2026', ['11 december 2026', '5 januari 2027', '9 januari 2027']],
    ['2026-12-20', 'december 2026', 'november 2026', ['5 januari 2027', '9 januari 2027', '11 januari 2027']],
  ])('on %s', (today, current, cycle, dates) => {
    const overview = cycleOverview(today);
    expect(dutchPeriod(overview.currentPeriod)).toBe(current);
    expect(dutchPeriod(overview.cyclePeriod)).toBe(cycle);
    expect(overview.next.map((line) => line.label.split(':')[0])).toEqual(dates);
  });

  test('the lines say what happens in plain Dutch', () => {
    expect(cycleOverview('2026-12-02').next.map((line) => line.label)).toEqual([
      '5 december 2026: lijsten over november 2026 gelden als binnen; verrijken en routeren met wat er is',
      '9 december 2026: laatste dag voor de brieven en de terugkoppeling aan de corporaties over november 2026 (vóór de 10e)',
      '11 december 2026: overzicht aan AMW over november 2026',
    ]);
  });

  test('the functional admin’s days count', () => {
    expect(cycleOverview('2026-12-02', { feedbackDay: 8, amwOverviewDay: 9, inputsDeadlineDay: 5 }).next.map((line) => line.date)).toEqual(['2026-12-05', '2026-12-07', '2026-12-09']);
  });
});

describe('corporationExpectation', () => {
  test.each([
    ['nothing yet', [], 'Verwacht deze maand: uw lijst over december 2026, uiterlijk 4 januari 2027.'],
    ['an older month only', [{ period: '2026-11', status: 'processed' }], 'Verwacht deze maand: uw lijst over december 2026, uiterlijk 4 januari 2027.'],
    ['processed', [{ period: '2026-12', status: 'processed' }], 'Uw lijst over december 2026 is ontvangen en verwerkt. De volgende lijst gaat over januari 2027.'],
    ['processing', [{ period: '2026-12', status: 'processing' }], 'Uw lijst over december 2026 is ontvangen en wordt verwerkt.'],
    ['refused', [{ period: '2026-12', status: 'refused' }], 'Verwacht deze maand: uw lijst over december 2026, uiterlijk 4 januari 2027. Uw eerdere lijst voor deze maand is niet verwerkt; lever hem opnieuw aan.'],
  ])('%s', (_, uploads, expected) => {
    expect(corporationExpectation('2026-12-02', uploads)).toBe(expected);
  });
});

describe('the partner\'s latest exports on the start page', () => {
  test('corporations get their feedback, AMW its overview, staff none (they use the lists)', () => {
    const filterOf = (role: Parameters<typeof partnerDocumentsRequest>[0]) => {
      const request = partnerDocumentsRequest(role);
      return request ? (JSON.parse(request.params.filter!) as { kind: { _eq: string } }).kind._eq : null;
    };
    expect(filterOf('corporation')).toBe('partner_feedback');
    expect(filterOf('social_work')).toBe('amw_overview');
    expect(filterOf('debt_services')).toBeNull();
    expect(filterOf('functional_admin')).toBeNull();
    expect(partnerDocumentsRequest('corporation')).toMatchObject({ path: '/items/documents', params: { sort: '-period,-date_created', limit: '6' } });
    expect(JSON.parse(partnerDocumentsRequest('corporation')!.params.filter!)).toEqual({ kind: { _eq: 'partner_feedback' }, status: { _eq: 'ready' }, file: { _nnull: true } });
  });

  test('a row has a Dutch title, the summary and a download link to the asset', () => {
    expect(partnerDocumentRow({ id: 'd1', kind: 'partner_feedback', period: '2026-11', file: 'f-1', summary: '3 signalen: …' })).toEqual({ id: 'd1', title: 'Terugkoppeling november 2026', summary: '3 signalen: …', download: 'assets/f-1?download' });
    expect(partnerDocumentRow({ id: 'd2', kind: 'amw_overview', period: '2027-01', file: 'f-2', summary: null }).title).toBe('Overzicht AMW januari 2027');
  });

  test.each([
    ['/admin/vroegsignalering', '/'],
    ['/vs/admin/content/documents', '/vs/'],
    ['/elsewhere', '/'],
  ])('root path of %s is %s', (pathname, root) => {
    expect(directusRootPath(pathname)).toBe(root);
  });
});
