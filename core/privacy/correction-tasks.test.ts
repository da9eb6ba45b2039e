import { expect, test } from 'vitest';
import { correctionInformTasks } from './correction-tasks.ts';

test('one task per partner that received the data, due in a week, keyed by request and partner', () => {
  const tasks = correctionInformTasks({
    request: 'p1',
    dateReceived: '2044-04-20',
    today: '2044-04-28',
    signals: [{ partner: 3, partner_name: 'Wonen Voorbeeld' }, { partner: 3, partner_name: 'Wonen Voorbeeld' }, { partner: null, partner_name: null }],
    sentReferrals: [{ partner: 9, partner_name: 'AMW Voorbeeld' }],
  });
  expect(tasks.map((task) => [task.partner, task.task_key, task.due_date, task.period])).toEqual([
    [3, 'inform_partners:p1:3', '2044-05-05', '2044-04'],
    [9, 'inform_partners:p1:9', '2044-05-05', '2044-04'],
  ]);
  expect(tasks[1]!.description).toBe('Correctie uitgevoerd: laat AMW Voorbeeld weten welke gegevens van de huurder uit het verzoek van 20 april 2044 zijn gecorrigeerd (zie het verzoek), zodat zij die ook aanpassen.');
});

test('nobody received anything: no task', () => {
  expect(correctionInformTasks({ request: 'p1', dateReceived: null, today: '2044-04-28', signals: [], sentReferrals: [] })).toEqual([]);
});
