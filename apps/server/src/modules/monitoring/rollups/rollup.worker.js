// Worker-thread entry of the rollup drain: registers tsx (workers do not inherit the CLI's
// registration; see docs/adr/0002), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./rollup-thread-main.ts');
