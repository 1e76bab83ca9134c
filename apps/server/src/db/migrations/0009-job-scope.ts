import type { Kysely } from 'kysely';

// Report jobs carry the data scope of what they contain: the region whose scope a reader needs
// (a city bulletin: the city), or null for what every assessment reader may see (the province
// bulletin, a ranking). Existing jobs get it from their parameters.
// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessment_jobs').addColumn('scope_region', 'varchar(12)').execute();
  await db.schema
    .createIndex('assessment_jobs_scope_idx')
    .on('assessment_jobs')
    .columns(['scope_region', 'created_at'])
    .execute();
  const province = await db
    .selectFrom('orgs')
    .select('region_code')
    .where('kind', '=', 'province')
    .orderBy('path')
    .executeTakeFirst();
  const jobs = await db.selectFrom('assessment_jobs').select(['id', 'params_json']).execute();
  for (const job of jobs) {
    const regionCode = (JSON.parse(job.params_json as string) as { regionCode?: string }).regionCode;
    if (!regionCode || regionCode === province?.region_code) continue;
    await db.updateTable('assessment_jobs').set({ scope_region: regionCode }).where('id', '=', job.id).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('assessment_jobs_scope_idx').execute();
  await db.schema.alterTable('assessment_jobs').dropColumn('scope_region').execute();
}
