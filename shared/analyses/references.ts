import { nameKey } from '../ground/keys';
import { LOOKUP_KEYS } from '../sheets/kinds/lookup';
import type { WorkbookModel } from './model';

/**
 * Ids as references. Exports from a CRM name the owner, account or product by id ("OwnerId",
 * "rep_id", "customer_id"); when the workbook keeps a list keyed by those ids with a name beside
 * each, a deal's owner, account or product is the name, so messages, summaries and the owner
 * filters name the person, and a pipeline keyed by ids meets goals and paths keyed by names. The
 * id stays in its cell: the referential check (`pipeline/unknown-reference`) reads ids from there.
 * Runs once, after reading and before any rule.
 */
export function resolveReferences(model: WorkbookModel): void {
  const lists = model.lookups();
  if (lists.size === 0) return;
  for (const table of model.tables('pipeline'))
    for (const key of LOOKUP_KEYS) {
      const list = lists.get(key);
      const column = table.columns[key];
      // Only a column of ids, not one of names beside its ids, is renamed.
      if (!list?.names.size || column === undefined || table.idColumns[key] !== column) continue;
      const { deals } = table;
      for (let at = 0; at < deals.size; at++) {
        const id = deals.text(key, at);
        const name = id === undefined ? undefined : list.names.get(nameKey(id));
        if (name !== undefined) deals.rename(key, at, name);
      }
    }
}
