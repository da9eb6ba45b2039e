/**
 * GET /vroegsignalering/mijn-profiel — who is logged in, as the module's screens need
 * it: the role's key, the first name and the partner organisation's name. Restricted
 * roles may not read their own role or partner through Directus's routes (issue 7), so
 * this endpoint answers exactly these three facts about the caller and nothing else.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import type { Knex } from 'knex';
import { describeError } from '../../../core/logging/describe-error.ts';

type RequestWithDirectus = { accountability?: { user?: string | null; role?: string | null } | null };

export interface Profile {
  role: string | null;
  firstName: string | null;
  partnerName: string | null;
}

export function registerProfileRoute(router: Router, { database, logger }: EndpointExtensionContext) {
  router.get('/mijn-profiel', async (req, res) => {
    const user = (req as unknown as RequestWithDirectus).accountability?.user;
    if (!user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in.' }] });
      return;
    }
    try {
      const knex = database as unknown as Knex;
      const row = (await knex('directus_users as u')
        .leftJoin('directus_roles as r', 'r.id', 'u.role')
        .leftJoin('signal_partners as p', 'p.id', 'u.partner')
        .where('u.id', user)
        .first('r.key as role', 'u.first_name as firstName', 'p.name as partnerName')) as Profile | undefined;
      res.json({ data: row ?? { role: null, firstName: null, partnerName: null } });
    } catch (error) {
      logger.error(`Reading the profile failed: ${describeError(error)}`);
      res.status(500).json({ errors: [{ message: 'Uw profiel kon niet worden gelezen.' }] });
    }
  });
}
