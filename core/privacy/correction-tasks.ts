/**
 * A correction that is done must reach every partner that received the person's data
 * (issue 12, art. 19 AVG): the corporations whose signals are the person's, and the AMW
 * organisation a referral was sent to. Staff get one `inform_partners` task per partner,
 * due in a week, keyed by request and partner so a second save makes no second task.
 * Pure: the caller reads the person's signals and referrals.
 */
import { addDays } from '../cycle/calendar-date.ts';
import { dutchDate } from '../routing/dutch-date.ts';

export const INFORM_PARTNERS_DAYS = 7;

export interface ReceivingPartner {
  partner: number | null;
  partner_name: string | null;
}

export interface InformPartnersTask {
  kind: 'inform_partners';
  status: 'open';
  partner: number;
  period: string;
  due_date: string;
  description: string;
  task_key: string;
}

export function correctionInformTasks(input: { request: string; dateReceived: string | null; today: string; signals: readonly ReceivingPartner[]; sentReferrals: readonly ReceivingPartner[] }): InformPartnersTask[] {
  const partners = new Map<number, string>();
  for (const row of [...input.signals, ...input.sentReferrals]) if (row.partner !== null && !partners.has(row.partner)) partners.set(row.partner, row.partner_name ?? 'deze partner');
  const asked = input.dateReceived ? `het verzoek van ${dutchDate(input.dateReceived)}` : 'het verzoek';
  return [...partners.entries()]
    .sort(([a], [b]) => a - b)
    .map(([partner, name]) => ({
      kind: 'inform_partners',
      status: 'open',
      partner,
      period: input.today.slice(0, 7),
      due_date: addDays(input.today, INFORM_PARTNERS_DAYS),
      description: `Correctie uitgevoerd: laat ${name} weten welke gegevens van de huurder uit ${asked} zijn gecorrigeerd (zie het verzoek), zodat zij die ook aanpassen.`,
      task_key: `inform_partners:${input.request}:${partner}`,
    }));
}
