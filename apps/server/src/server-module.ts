import type { AnyPermission } from '@ecocloud/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps';
import type { Database } from './db/schema';
import type { DemoSeeder } from './platform/demo/seed-demo';
import type { MetricDefinition } from './platform/metrics/metric-registry';
import type { SupervisionSource } from './platform/supervision/supervision-registry';

/**
 * The contract between the shell (app.ts, main.ts, cli.ts) and a module. Each `modules/<domain>/index.ts`
 * (and `platform/index.ts`) exports one `ServerModule`; `modules.ts` lists them once, and the shell only
 * iterates that list: no module registers itself by being imported. This file imports only types, so a
 * module can import it without importing the shell back.
 */
export type ServerModule = {
  /** Unique; the `<module>` of the module's audit actions and metrics. */
  name: string;
  /** Fastify plugin factories, each mounted under /api/v1 in list order. */
  routes: readonly RouteGroup[];
  /** Background work beside the HTTP server (`ecocloud serve`), started in list order, stopped in reverse. */
  services: readonly Service[];
  /** `ecocloud <name> …` commands; names are unique across modules. */
  commands: readonly CliCommand[];
  /** Demo data, run by `seed-demo` after the platform's organisations and users, in module list order. */
  demo: readonly DemoSeeder[];
  /** Figures other modules may track (the work plan's live indicators) through the metric registry. */
  metrics: readonly MetricDefinition[];
  /** Facts that put an enterprise under special supervision (enforcement's object library reads them). */
  supervision?: readonly SupervisionSource[];
  /** The `<module>:<action>` permissions this module's routes require (roles grant them in migrations). */
  permissions: readonly AnyPermission[];
  /** The tables this module owns: only its own code queries them; others use its exported read functions. */
  tables: readonly (keyof Database & string)[];
};

/** A group of routes; its paths are relative to /api/v1. */
type RouteGroup = (deps: AppDeps) => FastifyPluginAsyncZod;

/** Long-running services beside the HTTP server (HJ 212 gateway, MQTT, schedulers); each returns its stopper. */
export type Service = (deps: AppDeps, log: FastifyBaseLogger) => Promise<() => Promise<void>>;

export type CliIo = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** What the shell hands a command besides its arguments. */
export type CliContext = {
  io: CliIo;
  /** Every module, in list order (`seed-demo` runs their demo seeders). */
  modules: readonly ServerModule[];
  /** The full `ecocloud --help` text. */
  usage: string;
  /** Reports the command line as unknown (with the help text on stderr) and returns the exit code 2. */
  unknownCommand(): number;
};

export type CliCommand = {
  /** The first word after `ecocloud`. */
  name: string;
  /** Its lines in `ecocloud --help`, without the leading indent. */
  usage: readonly string[];
  /** Runs with the words after the name; resolves to the exit code. */
  run(args: string[], ctx: CliContext): Promise<number>;
};
