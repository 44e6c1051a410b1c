import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../shared/ground/types';
import { columnNumber } from '../../shared/ground/address';
import { dayFromDate, serialFromDay } from '../../shared/ground/values';
import { payloadBytes } from '../../addin/readPlan';

/**
 * A small in-memory workbook behind office-addin-mock, which enforces Office.js's load-then-sync
 * discipline: a property read before it was loaded and synced gives the mock's error text, not
 * the value. Around it, what Excel does that the tests rely on: a response over the payload limit
 * is refused, date text written to a cell becomes a serial, and conditional formats are kept per
 * sheet, the person's beside the add-in's.
 */
export interface FakeSheet {
  name: string;
  /** The used range's top-left, 0-based, and its cells. */
  top: number;
  left: number;
  cells: CellValue[][];
  formats: string[][];
  /** A computed cell's formula, where it has one; Excel's `formulas` gives the value for any other. */
  formulas?: (string | undefined)[][];
  /** The sheet's conditional formats, in the order Excel lists them. */
  conditionalFormats?: FakeRule[];
}

/** A conditional format: its type, the address it applies to, and for a custom one its formula and look. */
export interface FakeRule {
  type: string;
  address: string;
  formula?: string;
  fill?: string;
  edge?: { style?: string; color?: string };
}

export interface ExcelMockOptions {
  /** Bytes a response may carry; Excel on the web's limit is 5 MB. */
  payloadLimit?: number;
  /**
   * Excel on the web has been seen to refuse a selection on a sheet activated in the same request;
   * when set, the mock does so (the activation takes effect only once that request is done).
   */
  activateLate?: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

/** What Excel stores for text typed into a cell: a serial for ISO date text, else the text. */
function asExcelStores(value: CellValue): CellValue {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return value;
  const [y, mo, d, h, mi, s] = m.slice(1).map((p) => Number(p ?? 0));
  return serialFromDay(dayFromDate(new Date(y, mo - 1, d))) + (h * 3600 + mi * 60 + s) / 86_400;
}

function a1ToIndexes(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return [Number(m[2]) - 1, columnNumber(m[1])! - 1];
}

export function installExcel(
  sheets: FakeSheet[],
  { payloadLimit = 5_000_000, activateLate = false }: ExcelMockOptions = {},
) {
  // Objects handed out by methods are not in the mock's property tree, so context.sync() must reach them.
  const handedOut: OfficeMockObject[] = [];
  const track = (data: object) => {
    const mock = new OfficeMockObject(data);
    handedOut.push(mock);
    return mock;
  };
  const stats = { runs: 0, syncs: 0, refused: 0, payloads: [] as number[] };
  /** Blocks of cells loaded since the last sync: what the next response carries. */
  let pendingCells: (() => number)[] = [];
  const writes: { sheet: FakeSheet; row: number; col: number; value: unknown[] }[] = [];
  const selected: string[] = [];
  const active = { sheet: sheets[0]?.name, pending: undefined as string | undefined };
  const pendingSelects: (() => void)[] = [];
  const pendingDeletes: (() => void)[] = [];
  const cellAt = (s: FakeSheet, row: number, col: number) => s.cells[row - s.top]?.[col - s.left] ?? '';
  const grid = <T>(rows: number, cols: number, at: (r: number, c: number) => T) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));
  /** The array each range mock gives once loaded, so that a write is told from a load. */
  const loadedValues = new WeakMap<object, unknown>();
  const rangeMock = (s: FakeSheet, row: number, col: number, rows: number, cols: number) => {
    const data = {
      values: grid(rows, cols, (r, c) => cellAt(s, row + r, col + c)),
      numberFormat: grid(rows, cols, (r, c) => s.formats[row + r - s.top]?.[col + c - s.left] ?? 'General'),
      formulas: grid(
        rows,
        cols,
        (r, c) => s.formulas?.[row + r - s.top]?.[col + c - s.left] ?? cellAt(s, row + r, col + c),
      ),
    };
    const range = track({
      ...data,
      select: () =>
        pendingSelects.push(() => {
          if (activateLate && active.sheet !== s.name)
            throw Object.assign(new Error('The sheet is not active'), { code: 'InvalidSelection' });
          selected.push(`${s.name}!${row},${col}`);
        }),
    });
    loadedValues.set(range, data.values);
    const load = range.load.bind(range);
    range.load = (properties: Parameters<OfficeMockObject['load']>[0]) => {
      const wanted = ([] as unknown[]).concat(properties ?? []).join(',');
      if (/values|numberFormat|formulas/.test(wanted))
        pendingCells.push(() => payloadBytes(data.values, data.numberFormat, data.formulas));
      return load(properties);
    };
    return range;
  };
  /** A collection whose `load('items/x,items/y')` loads x and y on every item, as Office.js does. */
  const collection = (items: OfficeMockObject[]) => {
    const mock = track({ items });
    mock.load = (properties: Parameters<OfficeMockObject['load']>[0]) => {
      const paths = ([] as unknown[]).concat(properties ?? []).flatMap((p) => String(p).split(','));
      const itemPaths = paths.map((p) => p.trim()).filter((p) => p.startsWith('items/'));
      for (const item of items) if (itemPaths.length) item.load(itemPaths.map((p) => p.slice(6)).join(','));
      return OfficeMockObject.prototype.load.call(mock, 'items');
    };
    return mock;
  };
  const conditionalFormats = (s: FakeSheet) =>
    collection(
      (s.conditionalFormats ??= []).map((rule) =>
        track({
          type: rule.type,
          customOrNullObject: { isNullObject: rule.type !== 'Custom', rule: { formula: rule.formula ?? '' } },
          delete: () => s.conditionalFormats!.splice(s.conditionalFormats!.indexOf(rule), 1),
        }),
      ),
    );
  /** A new custom conditional format: what the add-in sets on it is kept on the sheet's rule. */
  const addedFormat = (s: FakeSheet, address: string) => (type: string) => {
    const rule: FakeRule = { type, address, edge: {} };
    (s.conditionalFormats ??= []).push(rule);
    return {
      custom: {
        rule: {
          set formula(f: string) {
            rule.formula = f;
          },
        },
        format: {
          fill: {
            set color(c: string) {
              rule.fill = c;
            },
          },
          borders: { getItem: () => rule.edge },
        },
      },
    };
  };
  const worksheet = (s: FakeSheet) =>
    track({
      name: s.name,
      activate: () => {
        if (activateLate) active.pending = s.name;
        else active.sheet = s.name;
      },
      getUsedRangeOrNullObject: () => {
        const used = track({
          rowIndex: s.top,
          columnIndex: s.left,
          rowCount: s.cells.length,
          columnCount: Math.max(0, ...s.cells.map((r) => r.length)),
        });
        // Office.js answers isNullObject after a sync without a load; the mock would demand one.
        return Object.defineProperty(used, 'isNullObject', { value: s.cells.length === 0 });
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        rangeMock(s, row, col, rows, cols),
      getRange: (a1?: string) => {
        // No address: the whole sheet, here only for its conditional formats.
        if (a1 === undefined) return { conditionalFormats: conditionalFormats(s) };
        const [row, col] = a1ToIndexes(a1);
        const range = rangeMock(s, row, col, 1, 1);
        // Tell the add-in's writes from the mock's own loading, which sets the loaded array.
        const loaded = loadedValues.get(range);
        let current = (range as unknown as { values: unknown }).values;
        Object.defineProperty(range, 'values', {
          get: () => current,
          set: (v: unknown) => {
            if (typeof v !== 'string' && v !== loaded && Array.isArray(v))
              writes.push({ sheet: s, row, col, value: v });
            current = v;
          },
        });
        return range;
      },
      getRanges: (address: string) => ({ conditionalFormats: { add: addedFormat(s, address) } }),
      // Deleted when the request syncs, as Office.js queues it.
      delete: () => pendingDeletes.push(() => sheets.splice(sheets.indexOf(s), 1)),
    });
  const mocks = sheets.map(worksheet);
  // Event handlers registered through worksheets.onSelectionChanged / onChanged / onAdded, and removed.
  const handlers: Record<'selection' | 'changed' | 'added', ((args: unknown) => Promise<void>)[]> = {
    selection: [],
    changed: [],
    added: [],
  };
  const events = (kind: 'selection' | 'changed' | 'added') => ({
    add: (handler: (args: unknown) => Promise<void>) => {
      handlers[kind].push(handler);
      return {
        context,
        remove: () => handlers[kind].splice(handlers[kind].indexOf(handler), 1),
      };
    },
  });
  // Worksheets are found by name, or by the id events carry ("id-<name>").
  const getItem = (key: string) => mocks[sheets.findIndex((s) => s.name === key || `id-${s.name}` === key)];
  // A missing sheet is a null object, with a null used range, as Office.js answers after a sync.
  const getItemOrNullObject = (key: string) => {
    const found = getItem(key);
    if (found) return Object.defineProperty(found, 'isNullObject', { value: false, configurable: true });
    return { isNullObject: true, getUsedRangeOrNullObject: () => ({ isNullObject: true }) };
  };
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: mocks,
        getItem,
        getItemOrNullObject,
        onSelectionChanged: events('selection'),
        onChanged: events('changed'),
        onAdded: events('added'),
      },
    },
  });
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    stats.syncs++;
    const payload = pendingCells.reduce((sum, size) => sum + size(), 0);
    pendingCells = [];
    if (payload > payloadLimit) {
      stats.refused++;
      pendingSelects.length = 0;
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), {
        code: 'ResponsePayloadSizeLimitExceeded',
      });
    }
    if (payload) stats.payloads.push(payload);
    try {
      for (const select of pendingSelects.splice(0)) select();
    } finally {
      pendingSelects.length = 0;
      if (active.pending) [active.sheet, active.pending] = [active.pending, undefined];
    }
    for (const remove of pendingDeletes.splice(0)) remove();
    await syncTree();
    for (const mock of handedOut) await mock.sync();
  };
  const commit = () => {
    for (const w of writes.splice(0)) {
      const value = asExcelStores((w.value as CellValue[][])[0][0]);
      const row = w.row - w.sheet.top;
      const col = w.col - w.sheet.left;
      if (value !== cellAt(w.sheet, w.row, w.col)) w.sheet.cells[row][col] = value;
    }
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    // Excel.run(batch), or Excel.run(context, batch) to go on with an earlier request context.
    run: async <T>(first: unknown, second?: (ctx: unknown) => Promise<T>) => {
      stats.runs++;
      const callback = (second ?? first) as (ctx: unknown) => Promise<T>;
      const result = await callback(context);
      commit();
      return result;
    },
  };
  return { selected, handlers, stats, active };
}
