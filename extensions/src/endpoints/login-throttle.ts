/**
 * POST /vroegsignalering/aanmeldblokkade/opheffen {email} — an administrator ends every
 * login throttle on an account at once (it also ends by itself after the wait).
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Knex } from 'knex';
import type { Router } from 'express';
import { LoginThrottleStore } from '../lib/login-throttle-store.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';

type DirectusRequest = { accountability?: { user?: string | null; admin?: boolean } | null; body?: Record<string, unknown> };

export function registerLoginThrottleRoutes(router: Router, { database, env, logger }: EndpointExtensionContext) {
  router.post('/aanmeldblokkade/opheffen', async (req, res) => {
    const { accountability, body = {} } = req as unknown as DirectusRequest;
    if (!accountability?.admin) {
      res.status(403).json({ errors: [{ message: 'Alleen een beheerder kan een aanmeldblokkade opheffen.' }] });
      return;
    }
    if (!isSameOriginRequest({ headers: req.headers, publicUrl: env.PUBLIC_URL as string | undefined, protocol: req.protocol })) {
      res.status(403).json({ errors: [{ message: 'Dit verzoek komt niet uit Vroegsignalering zelf en is geweigerd.' }] });
      return;
    }
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const knex = database as unknown as Knex;
    const user = email ? ((await knex('directus_users').select('id').whereRaw('lower(email) = ?', [email]).first()) as { id: string } | undefined) : undefined;
    if (!user) {
      res.status(404).json({ errors: [{ message: 'Er is geen gebruiker met dit e-mailadres.' }] });
      return;
    }
    const cleared = await new LoginThrottleStore(knex, String(env.SECRET ?? '')).clearAccount(user.id);
    logger.info(`Login throttle cleared for user ${user.id} by ${accountability.user ?? 'unknown'} (${cleared} counters)`);
    res.json({ data: { cleared } });
  });
}
