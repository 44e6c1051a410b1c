import { defineRule } from '../../engine/rule';
import { LOOKUP_KEYS, type LookupKey } from '../../sheets/kinds/lookup';
import { closestKey } from '../../ground/suggest';
import { cellLocation, columnLetter, quoteSheetName } from '../../ground/address';
import { noOptions } from '../util';
import { cellOf, setCellFix } from '../../sheets/table';
import { nameKey } from '../../ground/keys';

interface Verdict {
  known: boolean;
  guess?: string;
}

const NOUNS: Record<LookupKey, string> = { product: 'Product', account: 'Account', owner: 'Owner' };

export const unknownReference = defineRule({
  meta: {
    id: 'pipeline/unknown-reference',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'A product, account or owner is not in the list the workbook keeps for it.',
    docs:
      'When the workbook has a list of products, accounts or sales people, every deal should use a name from ' +
      'it: "GTXPro" and "GTX Pro" are one product to a reader but two to a pivot table or a lookup formula, ' +
      'so revenue gets split and prices are not found. Names are matched the way spreadsheet lookups match ' +
      'them, ignoring case and extra spaces; the closest listed name is offered as a fix.',
    options: noOptions,
  },
  create(context) {
    const lookups = context.model.lookups();
    // Products, accounts and owners repeat down a pipeline: judge each distinct value once.
    const verdicts = new Map<LookupKey, Map<string, Verdict>>(LOOKUP_KEYS.map((key) => [key, new Map()]));
    const judge = (key: LookupKey, value: string, list: Map<string, string>): Verdict => {
      const seen = verdicts.get(key)!;
      let verdict = seen.get(value);
      if (!verdict) {
        const known = list.has(nameKey(value));
        const best = known ? undefined : closestKey(nameKey(value), [...list.keys()]);
        verdict = { known, guess: best === undefined ? undefined : list.get(best) };
        seen.set(value, verdict);
      }
      return verdict;
    };
    return {
      pipeline: {
        row(deal, table) {
          for (const key of LOOKUP_KEYS) {
            const list = lookups.get(key);
            const value = deal[key];
            if (!list || value === undefined || table.columns[key] === undefined) continue;
            const { known, guess } = judge(key, value, list.values);
            if (known) continue;
            const letter = columnLetter(list.column);
            const where = `${quoteSheetName(list.sheet)}!${letter}:${letter}`;
            context.report({
              row: deal,
              location: cellOf(table, deal, key),
              message: `${NOUNS[key]} "${value}" is not in the ${key} list on ${where}${guess ? `; did you mean "${guess}"?` : ''}`,
              related: [
                {
                  location: cellLocation(list.sheet, list.headerRow, list.column),
                  message: `The ${key} list`,
                },
              ],
              fixes: guess ? [setCellFix(table, deal, key, `Change to "${guess}"`, guess, true)] : [],
            });
          }
        },
      },
    };
  },
});
