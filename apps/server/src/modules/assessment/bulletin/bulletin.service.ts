import fs from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { provinceRegionCode } from '../../../platform/orgs/org-reads';
import { readSetting } from '../../../platform/settings/setting-reads';
import { regionNames } from '../air/air-data.repository';
import { cachedAirRanking } from '../air/ranking-cache';
import { monthPeriod } from '../periods';
import { bulletinData, type BulletinData } from './bulletin-data';
import { renderBulletinDocx } from './bulletin-docx';
import { renderBulletinPdf } from './bulletin-pdf';
import { regionsOf, type Region } from './map-geometry';

/** The base map behind GET /api/v1/public/map: the admin's upload (app_settings.base_map) or the default province file. */
async function baseMapRegions(deps: AppDeps): Promise<Region[]> {
  const stored = await readSetting(deps.db, 'base_map');
  try {
    if (stored) return regionsOf(JSON.parse(stored));
    const file = createRequire(import.meta.url).resolve('echarts-map-4/map/json/province/guangxi.json', {
      paths: [process.cwd(), import.meta.dirname],
    });
    return regionsOf(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return []; // a bulletin without a map beats no bulletin
  }
}

/** The province's region code: the root organisation's. */
export async function provinceCode(deps: AppDeps): Promise<string> {
  return (await provinceRegionCode(deps.db)) ?? '450000';
}

/** The bulletin's content for a month and the province or one city. */
export async function bulletinContent(deps: AppDeps, month: string, regionCode?: string): Promise<BulletinData> {
  const province = await provinceCode(deps);
  const code = regionCode ?? province;
  const names = await regionNames(deps.db);
  const ranking = await cachedAirRanking(deps.db, monthPeriod(month));
  if (code !== province && !ranking.cities.some((c) => c.regionCode === code))
    throw new AppError('REGION_NOT_EVALUATED', `no air evaluation for region ${code}`);
  // The same month a year earlier, for the comparisons of every pollutant (the ranking compares only three figures).
  const lastYear = await cachedAirRanking(deps.db, monthPeriod(`${Number(month.slice(0, 4)) - 1}${month.slice(4)}`));
  return bulletinData(ranking, lastYear, {
    month,
    regionCode: code,
    regionName: names.get(code) ?? code,
    provinceName: names.get(province) ?? province,
  });
}

/** The monthly air bulletin as a PDF; `onProgress` receives percentages for the job table. */
export async function bulletinPdf(
  deps: AppDeps,
  month: string,
  regionCode?: string,
  onProgress?: (pct: number) => Promise<void>,
): Promise<{ data: BulletinData; pdf: Buffer }> {
  const data = await bulletinContent(deps, month, regionCode);
  await onProgress?.(50);
  const regions = await baseMapRegions(deps);
  await onProgress?.(70);
  return { data, pdf: await renderBulletinPdf(data, regions) };
}

/** The same bulletin as an editable Word document (DOCX), for the office to edit before release. */
export async function bulletinDocx(
  deps: AppDeps,
  month: string,
  regionCode?: string,
): Promise<{ data: BulletinData; docx: Buffer }> {
  const data = await bulletinContent(deps, month, regionCode);
  return { data, docx: await renderBulletinDocx(data, await baseMapRegions(deps)) };
}
