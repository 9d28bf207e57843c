import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

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

/**
 * The columns a list field needs for what the query selects: the selected fields that are columns, the
 * `<field>Id` column of each selected relation (organisation → organisationId), `id` and what the
 * loader keys on (`always`). `byId` names the child lists resolved from the row's id alone (targets,
 * attachments …). Any other selected field is computed from the row by a resolver, so the answer is
 * then undefined: read every column.
 */
export function columnsFor(info: GraphQLResolveInfo, columns: ReadonlyMap<string, string>, always: readonly string[], byId: readonly string[] = []): string[] | undefined {
  const needed = new Set(['id', ...always]);
  for (const field of selectedFieldNames(info)) {
    if (columns.has(field)) needed.add(field);
    else if (columns.has(`${field}Id`)) needed.add(`${field}Id`);
    else if (!byId.includes(field)) return undefined;
  }
  return [...needed].sort();
}
