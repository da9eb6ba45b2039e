import { ownAccessChangeRefusal } from '../../../core/access/own-access-change.ts';
import { systemRouteVerdict } from '../../../core/access/system-route-guard.ts';
import { checkUploadFileClaim, claimedFileId } from '../../../core/uploads/upload-file-claim.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { AccessRefusedError } from '../lib/user-facing-error.ts';

/** Role keys whose users may point an upload at any file: staff, the service account and the admin. */
const TRUSTED_ROLE_KEYS = ['admin', 'debt_services', 'worker'];
/** Where a file can already be in use; the intake deletes the file it reads. */
const FILE_USERS = ['uploads', 'source_lists', 'documents'];

interface Accountability {
  user?: string | null;
  admin?: boolean;
  roles?: string[];
}
type Next = () => void;
interface Request {
  method: string;
  path: string;
  accountability?: Accountability;
}
interface Response {
  status(code: number): { json(body: unknown): void };
}
interface Knex {
  (table: string): {
    select(...columns: string[]): { whereIn(column: string, values: string[]): Promise<Array<Record<string, unknown>>>; where(filter: Record<string, unknown>): { first(): Promise<Record<string, unknown> | undefined> } };
    where(filter: Record<string, unknown>): { count(column: string): Promise<Array<Record<string, unknown>>> };
  };
}

/**
 * Guards for what the access model cannot express (issue 7): Directus routes no role but the
 * admin needs, an upload's file, and a user's own role.
 */
export function registerAccessGuards({ init, filter }: Register, { env, logger }: HookContext) {
  const sqlite = String(env.DB_CLIENT ?? '').startsWith('sqlite');

  init('routes.before', ({ app }) => {
    // Authentication has run: req.accountability is set.
    (app as { use(handler: (req: Request, res: Response, next: Next) => void): void }).use((req, res, next) => {
      const verdict = systemRouteVerdict({ method: req.method, path: req.path, admin: req.accountability?.admin === true, sqlite });
      if (verdict.allowed) return next();
      logger.warn(`${verdict.log} (user ${req.accountability?.user ?? 'anonymous'})`);
      res.status(403).json({ errors: [{ message: verdict.message, extensions: { code: 'VROEGSIGNALERING_GEWEIGERD' } }] });
    });
  });

  filter('uploads.items.create', async (input, _meta, context) => {
    const payload = input as Record<string, unknown>;
    const accountability = context.accountability as Accountability | null;
    // Internal writes (the intake, provisioning) carry no accountability.
    if (!accountability || payload.file === undefined || payload.file === null) return payload;
    const knex = context.database as unknown as Knex;
    const roleKeys = accountability.roles?.length ? (await knex('directus_roles').select('key').whereIn('id', accountability.roles)).map((row) => row.key) : [];
    const trusted = accountability.admin === true || roleKeys.some((key) => TRUSTED_ROLE_KEYS.includes(String(key)));
    const fileId = claimedFileId(payload.file);
    let stored: { uploadedBy: string | null } | null = null;
    let usedElsewhere = 0;
    if (!trusted && fileId) {
      const row = await knex('directus_files').select('id', 'uploaded_by').where({ id: fileId }).first();
      stored = row ? { uploadedBy: (row.uploaded_by as string | null) ?? null } : null;
      for (const collection of FILE_USERS) {
        const [count] = await knex(collection).where({ file: fileId }).count('* as n');
        usedElsewhere += Number(count?.n ?? 0);
      }
    }
    const verdict = checkUploadFileClaim({ file: payload.file, trusted, userId: accountability.user ?? null, stored, usedElsewhere });
    if (!verdict.allowed) {
      logger.warn(`Refused upload: file claim ${verdict.reason} (user ${accountability.user ?? 'none'}, file ${fileId ?? 'not an id'})`);
      throw new AccessRefusedError({ message: verdict.message });
    }
    return payload;
  });

  filter('users.update', (input, meta, context) => {
    const payload = input as Record<string, unknown>;
    const accountability = context.accountability as Accountability | null;
    const refusal = ownAccessChangeRefusal({
      actorId: accountability?.user ?? null,
      actorIsAdmin: accountability?.admin === true,
      targetIds: ((meta as { keys?: unknown[] }).keys ?? []).map(String),
      fields: Object.keys(payload),
    });
    if (refusal) {
      logger.warn(`Refused a change of the user's own role or policies (user ${accountability?.user ?? 'none'})`);
      throw new AccessRefusedError({ message: refusal });
    }
    return payload;
  });
}
