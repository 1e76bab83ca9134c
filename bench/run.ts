export {};

/** `npm run bench -- [name]`: standards, ingest, or (no name) all of them. */
const BENCHES: Record<string, () => Promise<void>> = {
  standards: async () => (await import('./standards')).benchStandards(),
  ingest: async () => (await import('./ingest')).benchIngest(),
  api: async () => (await import('./api')).benchApi(),
  compliance: async () => (await import('./compliance')).benchCompliance(),
};

const name = process.argv[2];
if (name !== undefined && !(name in BENCHES)) {
  console.error(`unknown benchmark "${name}"; choose one of: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
for (const [key, run] of Object.entries(BENCHES)) {
  if (name !== undefined && key !== name) continue;
  console.log(`\n== ${key} ==`);
  await run();
}
