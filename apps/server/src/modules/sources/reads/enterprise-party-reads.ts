import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { enterpriseScope } from '../enterprises/enterprises.repository';

/** An enterprise as a party (当事人) to an administrative document: empty text where the register has none. */
export type EnterpriseParty = {
  id: string;
  name: string;
  uscc: string;
  address: string;
  legalRepresentative: string;
};

/**
 * The party block of an enforcement document (name, credit code, address, legal representative), for
 * an enterprise in the actor's scope; undefined outside it. Contacts stay in the register.
 */
export function enterpriseParty(
  db: Kysely<Database>,
  actor: Actor,
  enterpriseId: string,
): Promise<EnterpriseParty | undefined> {
  return db
    .selectFrom('enterprises')
    .select([
      'enterprises.id as id',
      'enterprises.name as name',
      'enterprises.uscc as uscc',
      'enterprises.address as address',
      'enterprises.legal_representative as legalRepresentative',
    ])
    .where('enterprises.id', '=', enterpriseId)
    .where(enterpriseScope(actor))
    .executeTakeFirst();
}
