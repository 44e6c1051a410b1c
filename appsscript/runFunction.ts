import { callFunction, type FunctionSpec } from '../shared/functions/catalog';
import { FunctionError, type Arg } from '../shared/functions/args';
import { dayFromDate } from '../shared/ground/values';

/**
 * Runs a catalog function for Google Sheets: a one-cell range arrives as a plain value and an
 * omitted optional as undefined, both of which the catalog accepts. Sheets shows a thrown
 * Error's message on the cell, so the error class goes into the text.
 */
export function runForSheets(name: FunctionSpec['name'], args: unknown[]): ReturnType<typeof callFunction> {
  try {
    return callFunction(name, args as Arg[], { today: () => dayFromDate(new Date()) });
  } catch (e) {
    if (e instanceof FunctionError) throw new Error(`${name}: ${e.message}`);
    throw e;
  }
}
