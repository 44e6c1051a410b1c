import { callFunction, type FunctionSpec } from '../shared/functions/catalog';
import { FunctionError, type Arg, type FunctionErrorKind } from '../shared/functions/args';
import { dayFromDate } from '../shared/ground/values';

const CODES: Record<FunctionErrorKind, keyof typeof CustomFunctions.ErrorCode> = {
  VALUE: 'invalidValue',
  NA: 'notAvailable',
  NUM: 'invalidNumber',
  DIV0: 'divisionByZero',
};

/** Excel shows a custom message only with #VALUE! and #N/A, and refuses one with the others. */
const TAKES_MESSAGE: ReadonlySet<FunctionErrorKind> = new Set(['VALUE', 'NA']);

/**
 * Runs a catalog function for Excel: the arguments come as Excel passes them (ranges as 2D
 * arrays, omitted optionals as null); a bad argument becomes the matching Excel error.
 */
export function runForExcel(name: FunctionSpec['name'], args: unknown[]): ReturnType<typeof callFunction> {
  try {
    return callFunction(name, args as Arg[], { today: () => dayFromDate(new Date()) });
  } catch (e) {
    if (!(e instanceof FunctionError)) throw e;
    const code = CustomFunctions.ErrorCode[CODES[e.kind]];
    throw TAKES_MESSAGE.has(e.kind)
      ? new CustomFunctions.Error(code, e.message)
      : new CustomFunctions.Error(code);
  }
}
