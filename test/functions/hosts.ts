import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { callFunction, FUNCTIONS } from '../../shared/functions/catalog';
import { FunctionError, type FunctionErrorKind } from '../../shared/functions/args';
import { dayFromDate } from '../../shared/ground/values';
import type { VectorArg, VectorCell } from './vectors';

/** What a call gave: a value, or an error with its kind (when the host tells it) and message. */
export type Outcome = { value: unknown } | { error?: FunctionErrorKind; message?: string };

export interface FunctionHost {
  name: string;
  call(fn: string, args: VectorArg[]): Outcome;
}

export const DIST = path.join(__dirname, '..', '..', 'dist');

const serial = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
};

const isRange = (a: VectorArg): a is { range: VectorCell[][] } =>
  typeof a === 'object' && a !== null && 'range' in a;
const isOmitted = (a: VectorArg): a is { omitted: true } =>
  typeof a === 'object' && a !== null && 'omitted' in a;

function paramKinds(fn: string) {
  const spec = FUNCTIONS.find((f) => f.name === fn);
  if (!spec) throw new Error(`no function ${fn} in the catalog`);
  return spec.params.map((p) => p.kind);
}

/** The core, as called with Excel-style arguments. */
export const coreHost: FunctionHost = {
  name: 'core',
  call(fn, args) {
    const cell = (c: VectorCell) => (typeof c === 'object' && c !== null ? serial(c.date) : c);
    const plain = args.map((a) =>
      isOmitted(a) ? null : isRange(a) ? a.range.map((r) => r.map(cell)) : cell(a),
    );
    try {
      return { value: callFunction(fn, plain, { today: () => dayFromDate(new Date()) }) };
    } catch (e) {
      if (e instanceof FunctionError) return { error: e.kind, message: e.message };
      throw e;
    }
  },
};

const EXCEL_CODES: Record<string, FunctionErrorKind> = {
  '#VALUE!': 'VALUE',
  '#NUM!': 'NUM',
  '#N/A': 'NA',
  '#DIV/0!': 'DIV0',
};

/** The built dist/addin/functions.js, loaded as Excel's runtime loads it: functions register through CustomFunctions.associate. */
export function excelHost(): FunctionHost {
  class CustomFunctionError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: CustomFunctionError,
      ErrorCode: {
        invalidValue: '#VALUE!',
        notAvailable: '#N/A',
        divisionByZero: '#DIV/0!',
        invalidNumber: '#NUM!',
        nullReference: '#NULL!',
        invalidName: '#NAME?',
        invalidReference: '#REF!',
      },
    },
  });
  // A browser-like global, as the task pane's webview has: webpack's runtime looks for `self`.
  context.self = context;
  vm.runInContext(fs.readFileSync(path.join(DIST, 'addin', 'functions.js'), 'utf8'), context);
  return {
    name: 'Excel bundle',
    call(fn, args) {
      const kinds = paramKinds(fn);
      const cell = (c: VectorCell) => (typeof c === 'object' && c !== null ? serial(c.date) : c);
      // Excel passes every declared argument: ranges as 2D arrays (a single cell too), omitted ones as null.
      const excelArgs = kinds.map((kind, i) => {
        const a = args[i];
        if (a === undefined || isOmitted(a)) return null;
        if (isRange(a)) return a.range.map((r) => r.map(cell));
        return kind === 'range' ? [[cell(a)]] : cell(a);
      });
      const impl = registered.get(fn);
      if (!impl) return { error: 'NA', message: `${fn} is not registered` };
      try {
        return { value: impl(...excelArgs) };
      } catch (e) {
        if (e instanceof CustomFunctionError) return { error: EXCEL_CODES[e.code], message: e.message };
        throw e;
      }
    },
  };
}

/** The built dist/appsscript/Code.js, loaded as Apps Script loads a project: one global scope, no modules. */
export function appsScriptHost(): FunctionHost & { context: vm.Context } {
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(path.join(DIST, 'appsscript', 'Code.js'), 'utf8'), context);
  // Dates must come from the script's own realm, as they would in Apps Script.
  const ScriptDate = vm.runInContext('Date', context) as DateConstructor;
  const cell = (c: VectorCell) => {
    if (typeof c !== 'object' || c === null) return c;
    const [y, m, d] = c.date.split('-').map(Number);
    return new ScriptDate(y, m - 1, d);
  };
  return {
    name: 'Apps Script bundle',
    context,
    call(fn, args) {
      // Sheets passes a one-cell range as a plain value and leaves trailing omitted arguments out.
      const sheetsArgs = args.map((a) => {
        if (isOmitted(a)) return undefined;
        if (!isRange(a)) return cell(a);
        const cells = a.range.map((r) => r.map(cell));
        return cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
      });
      while (sheetsArgs.length && sheetsArgs[sheetsArgs.length - 1] === undefined) sheetsArgs.pop();
      const impl = context[fn] as ((...a: unknown[]) => unknown) | undefined;
      if (typeof impl !== 'function') return { message: `${fn} is not a global function` };
      try {
        return { value: impl(...sheetsArgs) };
      } catch (e) {
        return { message: (e as Error).message };
      }
    },
  };
}
