import { AppError, type RatingSchemeView } from '@ecocloud/contracts';
import { DEFAULT_RATING_SCHEME, schemeProblem, type RatingScheme } from '@ecocloud/standards';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { SaveRatingSchemeBodySchema } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { auditOf, parseJson } from '../shared/credit-context';
import { findScheme, insertScheme, lastSchemeVersion } from './ratings.repository';

/** The scheme of `version`, or the newest; the 2013 default (version 1) until an admin saves one. */
export async function schemeOf(db: Kysely<Database>, version?: number): Promise<RatingScheme> {
  const row = await findScheme(db, version);
  if (!row) return DEFAULT_RATING_SCHEME;
  return { ...parseJson<RatingScheme>(row.body, DEFAULT_RATING_SCHEME), version: row.version };
}

/** Saves a new version (a province replaces the default; the runs already made keep theirs). */
export async function saveScheme(
  deps: ServiceDeps,
  actor: Actor | null,
  body: z.output<typeof SaveRatingSchemeBodySchema>,
): Promise<RatingSchemeView> {
  return deps.db.transaction().execute(async (trx) => {
    const last = await lastSchemeVersion(trx);
    const version = Math.max(last?.version ?? 0, DEFAULT_RATING_SCHEME.version) + 1;
    const scheme: RatingScheme = { ...body, version };
    const problem = schemeProblem(scheme);
    if (problem)
      throw new AppError('CREDIT_SCHEME_INVALID', problem, [
        { path: 'body.indicators', message: problem, code: 'CREDIT_SCHEME_INVALID' },
      ]);
    await insertScheme(trx, {
      version,
      name: scheme.name,
      body: JSON.stringify(scheme),
      unverified: scheme.unverified ? 1 : 0,
      created_by: actor?.userId ?? null,
      created_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.scheme.save',
      entityType: 'credit_rating_scheme',
      entityId: String(version),
      after: { version, name: scheme.name, thresholds: scheme.thresholds },
    });
    return scheme;
  });
}
