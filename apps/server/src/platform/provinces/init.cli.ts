import { parseArgs } from 'node:util';
import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { listProvinces } from './divisions';
import { initProvince } from './init-province';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const INIT_USAGE = `ecocloud init --province CODE [--name NAME] [--counties]
  sets up a province on this database (idempotent): its department, one organisation per
  prefecture-level division (and county with --counties), the region dictionary and the base map.
  CODE is a GB/T 2260 provincial-level code, e.g. 530000 (云南省) or 450000 (广西壮族自治区).
`;

/** `ecocloud init`: exit codes 0 done, 2 usage or unknown province. */
export async function runInitCommand(deps: AppDeps, argv: string[], io: Io): Promise<number> {
  let values: { province?: string | undefined; name?: string | undefined; counties?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { province: { type: 'string' }, name: { type: 'string' }, counties: { type: 'boolean' } },
    }));
  } catch (err) {
    io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${INIT_USAGE}`);
    return 2;
  }
  if (!values.province) {
    io.stderr.write(INIT_USAGE);
    return 2;
  }
  try {
    const r = await initProvince(deps, null, {
      province: values.province,
      name: values.name,
      counties: values.counties,
    });
    io.stdout.write(
      `${r.province.name} (${r.province.code}): ${r.province.orgName}, ${r.cities} prefecture-level divisions` +
        `${r.counties ? `, ${r.counties} counties` : ''}; created ${r.created.orgs} organisations and ${r.created.regions} region names; base map with ${r.map.features} areas\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
    io.stderr.write(
      `${err.message}\nprovinces: ${listProvinces()
        .map((p) => `${p.code} ${p.name}`)
        .join(', ')}\n`,
    );
    return 2;
  }
}
