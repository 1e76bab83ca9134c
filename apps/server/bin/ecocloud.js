#!/usr/bin/env node
// The `ecocloud` command: runs the TypeScript CLI through tsx (no build step; see docs/adr/0002).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
main(process.argv.slice(2));
