import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** The packets among `chunk` (by MN and QN) already in the archive, with their raw text. */
export function archivedPackets(
  trx: Kysely<Database>,
  chunk: readonly { mn: string; qn: string }[],
): Promise<{ mn: string; qn: string | null; raw: string }[]> {
  return trx
    .selectFrom('packet_archive')
    .select(['mn', 'qn', 'raw'])
    .where((eb) =>
      eb(
        eb.refTuple('mn', 'qn'),
        'in',
        chunk.map((p) => eb.tuple(p.mn, p.qn)),
      ),
    )
    .execute();
}

export type PacketRow = {
  id: string;
  received_at: string;
  mn: string;
  qn: string | null;
  cn: string | null;
  raw: string;
};

export async function insertPackets(trx: Kysely<Database>, rows: readonly PacketRow[]): Promise<void> {
  await trx
    .insertInto('packet_archive')
    .values([...rows])
    .execute();
}

export async function markDevicesSeen(trx: Kysely<Database>, deviceIds: readonly string[], at: string): Promise<void> {
  await trx
    .updateTable('devices')
    .set({ last_seen_at: at })
    .where('id', 'in', [...deviceIds])
    .execute();
}
