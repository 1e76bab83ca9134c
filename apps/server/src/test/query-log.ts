import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export type LoggedQuery = { kind: string; tables: string[] };

/** Kysely's node kinds of a write. */
export const WRITE_KINDS = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode']);

/** Every table a query node names (FROM, JOIN, INTO, UPDATE, sub-queries). */
function tablesOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => tablesOf(n, out));
  else if (node && typeof node === 'object') {
    const n = node as { kind?: string; table?: { identifier?: { name?: string } } };
    if (n.kind === 'TableNode' && n.table?.identifier?.name) out.add(n.table.identifier.name);
    for (const v of Object.values(node)) tablesOf(v, out);
  }
  return out;
}

/** Records the kind and tables of every query run through the handle it is plugged into (tests only). */
export class QueryLog implements KyselyPlugin {
  readonly queries: LoggedQuery[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push({ kind: node.kind, tables: [...tablesOf(node)] });
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
  take(): LoggedQuery[] {
    return this.queries.splice(0);
  }
}
