/** The tables of `Tables` that `Names` leaves out; `never` when the list is complete. */
type Unlisted<Tables, Names extends readonly PropertyKey[]> = Exclude<keyof Tables, Names[number]>;

/**
 * A module's own table names, checked against its Kysely tables interface: `tableList<MonitoringTables>()([...])`
 * compiles only when it names every table of the interface (an unlisted one shows as `unlistedTables`) and
 * nothing else, so the list that says who owns a table cannot drift from the schema.
 */
export function tableList<Tables>() {
  return <const Names extends readonly (keyof Tables & string)[]>(
    names: Names & ([Unlisted<Tables, Names>] extends [never] ? unknown : { unlistedTables: Unlisted<Tables, Names> }),
  ): Names => names;
}
