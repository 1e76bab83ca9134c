import type { CliIo } from '../../server-module';
import { withDeps } from '../../cli-deps';
import { escalateSupervisionNotices } from './supervision/escalation.service';

const USAGE = `ecocloud rectification <command>

  escalate [--json]
        raise every supervision notice (督办) whose reply is late by one level (提醒 → 督办 → 约谈);
        --json prints {"escalated": N} for a pipe
`;

/** `ecocloud rectification …`: returns the exit code (0 ok, 2 usage). */
export async function runRectificationCommand(argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  if (rest.length === 1 && rest[0] === 'escalate')
    return withDeps(async (deps) => {
      const { escalated } = await escalateSupervisionNotices(deps, null);
      io.stdout.write(json ? `${JSON.stringify({ escalated })}\n` : `escalated ${escalated} supervision notice(s)\n`);
      return 0;
    });
  io.stderr.write(USAGE);
  return 2;
}
