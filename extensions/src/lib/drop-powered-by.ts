/**
 * Directus sets `X-Powered-By: Directus` in a middleware registered right after the
 * `middlewares.before` init event (api/dist/app.js), so no later hook can remove it and
 * there is no setting for it. This middleware, registered in that event, runs first and
 * makes the response ignore that one header: naming the product and so its version range
 * only helps an attacker.
 */
import type { NextFunction, Request, Response } from 'express';

export function dropPoweredBy(_req: Request, res: Response, next: NextFunction): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) => (name.toLowerCase() === 'x-powered-by' ? res : setHeader(name, value))) as Response['setHeader'];
  next();
}
