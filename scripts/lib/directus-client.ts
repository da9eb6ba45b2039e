import { createDirectus, rest, staticToken, type RestClient } from '@directus/sdk';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiClient = RestClient<any>;

export class LoginError extends Error {}

/** Logs in once and returns a client with that access token; no refresh timer keeps Node alive. */
export async function loginClient(url: string, email: string, password: string): Promise<ApiClient> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new LoginError(`Login for the provisioning account failed with HTTP ${response.status}`);
  const body = (await response.json()) as { data: { access_token: string } };
  return tokenClient(url, body.data.access_token);
}

export function tokenClient(url: string, token: string): ApiClient {
  return createDirectus(url).with(staticToken(token)).with(rest());
}
