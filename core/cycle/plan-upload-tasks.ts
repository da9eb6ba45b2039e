/**
 * The `missing-uploads` step: which tasks staff get for a closed period. A task per signal
 * partner that was active in the period and delivered nothing; a task to check with a
 * partner whose upload is far below its usual size. A partner that left the covenant
 * (active until before the period) is not chased; a partner that joined later neither.
 * A task that exists already (open or done) is not made again, however often the step runs.
 */
import { addMonths, dayOfPeriod, firstDayOfPeriod, lastDayOfPeriod } from './calendar-date.ts';
import { isFarBelowExpected } from './upload-size.ts';

export type UploadTaskKind = 'missing_upload' | 'small_upload';

export interface PartnerFacts {
  id: number;
  name: string;
  organisation_role: string | null;
  active: boolean | null;
  active_from: string | null;
  active_until: string | null;
  expected_monthly_signals: number | null;
}

export interface UploadFacts {
  partner: number;
  status: string;
  accepted: number | null;
}

export interface PlannedTask {
  kind: UploadTaskKind;
  partner: number;
  period: string;
  due_date: string;
  description: string;
  /** One task per kind, partner and period: the database refuses a second one with this key. */
  task_key: string;
}

/** Uploads that count as delivered. A refused file delivered nothing. */
const DELIVERED = ['received', 'processing', 'processed', 'superseded'];

export function uploadTaskKey(kind: UploadTaskKind, partner: number, period: string): string {
  return `${kind}:${partner}:${period}`;
}

/** Was the partner in the covenant for (part of) the period? Dates are calendar dates, inclusive. */
export function partnerActiveIn(partner: Pick<PartnerFacts, 'active' | 'active_from' | 'active_until'>, period: string): boolean {
  if (partner.active === false) return false;
  if (partner.active_from && partner.active_from > lastDayOfPeriod(period)) return false;
  if (partner.active_until && partner.active_until < firstDayOfPeriod(period)) return false;
  return true;
}

export function planUploadTasks(input: {
  period: string;
  today: string;
  partners: PartnerFacts[];
  uploads: UploadFacts[];
  existingTaskKeys: string[];
  /** Tasks are due on this day of the next month (the day the cycle goes on with what is there). */
  dueDay?: number;
}): { tasks: PlannedTask[]; skippedInactive: number; alreadyThere: number } {
  const { period, today } = input;
  const due = dayOfPeriod(addMonths(period, 1), input.dueDay ?? 5);
  const dueDate = due < today ? today : due;
  const existing = new Set(input.existingTaskKeys);
  const tasks: PlannedTask[] = [];
  let skippedInactive = 0;
  let alreadyThere = 0;
  const chasing = [...input.partners].filter((partner) => partner.organisation_role === 'signal_partner').sort((a, b) => a.id - b.id);
  for (const partner of chasing) {
    if (!partnerActiveIn(partner, period)) {
      skippedInactive++;
      continue;
    }
    const uploads = input.uploads.filter((upload) => upload.partner === partner.id && DELIVERED.includes(upload.status));
    let task: Omit<PlannedTask, 'task_key' | 'partner' | 'period' | 'due_date'> | null = null;
    if (uploads.length === 0) {
      task = { kind: 'missing_upload', description: `${partner.name} heeft voor ${period} geen signalenlijst aangeleverd. Neem contact op met de signaalpartner.` };
    } else if (!uploads.some((upload) => upload.status === 'received' || upload.status === 'processing')) {
      const received = uploads.filter((upload) => upload.status === 'processed').reduce((sum, upload) => sum + (upload.accepted ?? 0), 0);
      if (isFarBelowExpected(received, partner.expected_monthly_signals)) {
        task = {
          kind: 'small_upload',
          description: `${partner.name} heeft voor ${period} ${received} ${received === 1 ? 'signaal' : 'signalen'} aangeleverd, gewoonlijk ongeveer ${partner.expected_monthly_signals}. Controleer met de signaalpartner of de lijst compleet is.`,
        };
      }
    }
    if (!task) continue;
    const key = uploadTaskKey(task.kind, partner.id, period);
    if (existing.has(key)) {
      alreadyThere++;
      continue;
    }
    tasks.push({ ...task, partner: partner.id, period, due_date: dueDate, task_key: key });
  }
  return { tasks, skippedInactive, alreadyThere };
}
