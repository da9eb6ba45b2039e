/** A thin REST helper for tests that must see raw status codes, as a user's browser would. */
import { inject } from 'vitest';
import type { DemoUserKey } from '../../scripts/lib/demo-data.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

export class Api {
  constructor(readonly url: string, readonly token: string) {}

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as ApiResponse<T>['body']) : {} };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete(path: string) {
    return this.request('DELETE', path);
  }
}

export async function login(email: string, password: string): Promise<Api> {
  const { url } = inject('directus');
  const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`login failed for test user: HTTP ${response.status}`);
  const { data } = (await response.json()) as { data: { access_token: string } };
  return new Api(url, data.access_token);
}

export async function loginAs(key: DemoUserKey | 'admin' | 'worker'): Promise<Api> {
  const directus = inject('directus');
  if (key === 'admin') return login(directus.adminEmail, directus.adminPassword);
  if (key === 'worker') return new Api(directus.url, directus.workerToken);
  return login(directus.demo.users[key].email, directus.demoPassword);
}

/** The installation's role and policy ids by key: they are random per installation. */
export async function accessIds(admin: Api): Promise<{ roles: Record<string, string>; policies: Record<string, string> }> {
  const read = async (collection: 'roles' | 'policies') => {
    const { body } = await admin.get<Array<{ id: string; key: string }>>(`/${collection}?filter[key][_nnull]=true&fields=id,key&limit=-1`);
    return Object.fromEntries(body.data!.map((row) => [row.key, row.id]));
  };
  return { roles: await read('roles'), policies: await read('policies') };
}
