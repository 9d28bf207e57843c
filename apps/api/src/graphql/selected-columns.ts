import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { columnsForFields } from '../database/row-reader.js';

/** The fields selected under `nodes`, fragments included, by field name (aliases of one field merged). */
export function selectedFields(nodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const same = fields.get(selection.name.value);
        if (same) same.push(selection);
        else fields.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

/** The field names a query selects directly under the field being resolved (fragments included). */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set(selectedFields(info.fieldNodes, info.fragments).keys());
  names.delete('__typename');
  return names;
}

/** The columns a list field needs for what the query selects (see columnsForFields). */
export function columnsFor(
  info: GraphQLResolveInfo,
  columns: ReadonlyMap<string, string>,
  always: readonly string[],
  byId: readonly string[] = [],
): string[] | undefined {
  return columnsForFields(selectedFieldNames(info), columns, always, byId);
}
