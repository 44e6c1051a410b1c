import { resolveConfig, type PipelintConfig, type ResolvedConfig } from '../../shared/engine/config';
import type { CellValue, SheetSnapshot } from '../../shared/ground/types';
import type { KindPins, ReadContext, SheetKind, Table, RowRecord } from '../../shared/sheets/kind';
import { findHeader } from '../../shared/sheets/detect';
import { readContextOf } from '../../shared/engine/engine';
import { DETECTABLE, type KindId } from '../../shared/sheets/registry';
import { lookupKind } from '../../shared/sheets/kinds/lookup';
import { RULES } from '../../shared/rules';

/** A resolved config for reader tests: `asOf` 2027-06-30 unless the raw config says otherwise. */
export function testConfig(raw: PipelintConfig = {}): ResolvedConfig {
  const resolved = resolveConfig({ asOf: '2027-06-30', ...raw }, RULES);
  if (!resolved.ok) throw new Error(`bad test config: ${JSON.stringify(resolved.problems)}`);
  return resolved.config;
}

/** What the engine hands every reader, from a config. */
export function readContext(config: ResolvedConfig = testConfig()): ReadContext {
  return readContextOf(config);
}

/**
 * Reads rows as one kind's sheet, the header found as the engine finds it among every kind; fails
 * the test when the sheet is not recognised as that kind.
 */
export function readAs<T extends Table<string, RowRecord>>(
  kind: SheetKind<string, T> | { read: SheetKind<string, T>['read'] },
  values: CellValue[][],
  options: { name?: string; config?: ResolvedConfig; numberFormats?: SheetSnapshot['numberFormats'] } = {},
): T {
  const config = options.config ?? testConfig();
  const sheet: SheetSnapshot = {
    name: options.name ?? 'Sheet',
    values,
    numberFormats: options.numberFormats,
  };
  const header = findHeader(values, DETECTABLE, config.columns);
  if (header?.kind !== kind)
    throw new Error(
      `read as ${header?.kind.id ?? 'nothing'}, not ${(kind as SheetKind).id}: ${JSON.stringify(values.slice(0, 3))}`,
    );
  return kind.read(sheet, header.headerIndex, readContext(config));
}

/**
 * The kind (as its role name), header row and score the engine would find for these rows, among
 * every kind or only the pinned one; a lookup list also names its key.
 */
export function detect(values: CellValue[][], pinnedRole?: KindId, pins?: KindPins) {
  const kinds = pinnedRole ? DETECTABLE.filter((k) => k.id === pinnedRole) : DETECTABLE;
  const header = findHeader(values, kinds, pins);
  if (!header) return undefined;
  const found = { role: header.kind.id, headerIndex: header.headerIndex, score: header.score };
  if (header.kind !== lookupKind) return found;
  const table = lookupKind.read({ name: 'Sheet', values }, header.headerIndex, readContext());
  return { ...found, lookupKey: table.key };
}
