import { callFunction, FUNCTIONS } from '../../shared/functions/catalog';
import { dayFromDate } from '../../shared/ground/values';

/**
 * The examples in the docs and the README are computed here whenever they use only literal
 * arguments, so a documented result cannot drift from what the function returns.
 */
const literalArgs = (formula: string): (number | string)[] | undefined => {
  const m = /^=\w+\((.*)\)$/.exec(formula);
  if (!m || /[{}:]|DATE\(/.test(m[1])) return undefined;
  return [...m[1].matchAll(/"([^"]*)"|([^,]+)/g)].map(([, text, other]) =>
    text !== undefined ? text : Number(other.trim()),
  );
};

const computable = FUNCTIONS.filter((f) => literalArgs(f.example.formula) !== undefined);

describe('documented examples', () => {
  it('include several that can be computed', () => {
    expect(computable.length).toBeGreaterThanOrEqual(5);
  });

  it.each(computable.map((f) => [f.example.formula, f] as const))('%s', (_formula, f) => {
    const result = callFunction(f.name, literalArgs(f.example.formula)!, {
      today: () => dayFromDate(new Date()),
    });
    const shown = typeof result === 'number' ? Number(result.toFixed(2)) : result;
    const documented = /^-?\d+(\.\d+)?$/.test(f.example.result) ? Number(f.example.result) : f.example.result;
    expect(shown).toEqual(documented);
  });
});
