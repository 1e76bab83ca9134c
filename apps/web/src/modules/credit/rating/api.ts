import type { RatingDetail, RatingRunDetail, RatingRunView } from '@ecocloud/contracts';
import { http } from '../../../lib/http';

const enc = encodeURIComponent;

export const fetchRuns = (): Promise<{ items: RatingRunView[] }> => http('/api/v1/credit/runs');
export const fetchRun = (id: string): Promise<RatingRunDetail> => http(`/api/v1/credit/runs/${enc(id)}`);
export const createRun = (body: { year: number; objectionDays: number }): Promise<RatingRunDetail> =>
  http('/api/v1/credit/runs', { method: 'POST', body });
export type RunStep = 'open-objections' | 'review' | 'publish';
export const stepRun = (id: string, step: RunStep): Promise<RatingRunDetail> =>
  http(`/api/v1/credit/runs/${enc(id)}/${step}`, { method: 'POST', body: {} });
export const fetchRating = (id: string): Promise<RatingDetail> => http(`/api/v1/credit/ratings/${enc(id)}`);
export const fetchMyRatings = (): Promise<{ items: RatingDetail[] }> => http('/api/v1/credit/ratings/mine');
export const fileObjection = (id: string, text: string): Promise<RatingDetail> =>
  http(`/api/v1/credit/ratings/${enc(id)}/objections`, { method: 'POST', body: { text } });
export const decideObjection = (
  id: string,
  body: { upheld: boolean; decision: string; vetoes?: string[] },
): Promise<RatingDetail> => http(`/api/v1/credit/objections/${enc(id)}/decide`, { method: 'POST', body });
