import type { Org, OrgKind } from '@ecocloud/contracts';
import { http } from '../../lib/http';

export type List<T> = { items: T[]; total: number };
export type CreateOrgInput = { parentId: string; name: string; nameEn?: string; kind: OrgKind; regionCode: string };
export type UpdateOrgInput = { name?: string; nameEn?: string | null };

/** Every organisation within the caller's data scope (the server filters); the tree is built client-side. */
export function fetchOrgs(): Promise<List<Org>> {
  return http<List<Org>>('/api/v1/orgs');
}

export function createOrg(input: CreateOrgInput): Promise<Org> {
  return http<Org>('/api/v1/orgs', { method: 'POST', body: input });
}

export function updateOrg(id: string, input: UpdateOrgInput): Promise<Org> {
  return http<Org>(`/api/v1/orgs/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}
