/**
 * Are a period's inputs in? Every signal partner active in the period delivered its list
 * (processed; a correction counts) and the benefits list (Participatiewet, the check that
 * decides the route) is in with a reference date in or after the period — a list is read
 * against the signals already there, so an older list says nothing about this month.
 */
import { firstDayOfPeriod } from './calendar-date.ts';
import { partnerActiveIn, type PartnerFacts, type UploadFacts } from './plan-upload-tasks.ts';

export interface SourceListFacts {
  kind: string;
  status: string;
  reference_date: string;
}

export function periodInputsComplete(input: { period: string; partners: PartnerFacts[]; uploads: UploadFacts[]; sourceLists: SourceListFacts[] }): boolean {
  const { period } = input;
  const expected = input.partners.filter((partner) => partner.organisation_role === 'signal_partner' && partnerActiveIn(partner, period));
  const delivered = expected.every((partner) => input.uploads.some((upload) => upload.partner === partner.id && (upload.status === 'processed' || upload.status === 'superseded')));
  const benefits = input.sourceLists.some((list) => list.kind === 'benefits' && list.status === 'processed' && list.reference_date >= firstDayOfPeriod(period));
  return expected.length > 0 && delivered && benefits;
}
