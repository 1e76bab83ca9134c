import type {
  CreateInspectionPlanBodySchema,
  InspectionObject,
  InspectionObjectListSchema,
  InspectionPlan,
  InspectionPlanListSchema,
  InspectionPlanVerifySchema,
  InspectorListSchema,
  PutInspectionObjectBodySchema,
  PutInspectorBodySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../lib/http';

// The random-inspection calls (双随机、一公开): libraries, plans, verification, publication.
const base = '/api/v1/enforcement';
const enc = encodeURIComponent;

export type InspectionObjectList = z.infer<typeof InspectionObjectListSchema>;
export type InspectorList = z.infer<typeof InspectorListSchema>;
export type Inspector = InspectorList['items'][number];
export type PlanSummary = z.infer<typeof InspectionPlanListSchema>['items'][number];
export type PlanVerification = z.infer<typeof InspectionPlanVerifySchema>;
export type CreatePlanInput = z.input<typeof CreateInspectionPlanBodySchema>;
export type PutObjectInput = z.input<typeof PutInspectionObjectBodySchema>;
export type PutInspectorInput = z.input<typeof PutInspectorBodySchema>;

export function fetchInspectionObjects(regionCode?: string): Promise<InspectionObjectList> {
  return http(`${base}/inspection-objects`, { query: { regionCode } });
}

export function putInspectionObject(enterpriseId: string, body: PutObjectInput): Promise<InspectionObject> {
  return http(`${base}/inspection-objects/${enc(enterpriseId)}`, { method: 'PUT', body });
}

export function fetchInspectors(): Promise<InspectorList> {
  return http(`${base}/inspectors`);
}

export function putInspector(userId: string, body: PutInspectorInput): Promise<Inspector> {
  return http(`${base}/inspectors/${enc(userId)}`, { method: 'PUT', body });
}

export function fetchPlans(): Promise<{ items: PlanSummary[] }> {
  return http(`${base}/inspection-plans`);
}

export function fetchPlan(id: string): Promise<InspectionPlan> {
  return http(`${base}/inspection-plans/${enc(id)}`);
}

export function createPlan(body: CreatePlanInput): Promise<InspectionPlan> {
  return http(`${base}/inspection-plans`, { method: 'POST', body });
}

export function publishPlan(id: string): Promise<InspectionPlan> {
  return http(`${base}/inspection-plans/${enc(id)}/publish`, { method: 'POST', body: {} });
}

export function verifyPlan(id: string): Promise<PlanVerification> {
  return http(`${base}/inspection-plans/${enc(id)}/verify`, { method: 'POST', body: {} });
}
