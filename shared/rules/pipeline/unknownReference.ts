import { defineRule } from '../../engine/rule';
import { LOOKUP_KEYS, type LookupKey } from '../../sheets/kinds/lookup';
import { closestKey } from '../../ground/suggest';
import { cellLocation, columnLetter, quoteSheetName } from '../../ground/address';
import { noOptions, onceEach } from '../util';
import { cellText } from '../../ground/values';
import { nameKey } from '../../ground/keys';
import type { RelatedLocation } from '../../ground/types';

interface Verdict {
  known: boolean;
  guess?: string;
}

/** One list a table's rows are checked against. */
interface Check {
  key: LookupKey;
  /** The deal's id cell for the list, when the list is kept by id and the sheet has one. */
  idColumn?: number;
  column: number;
  judge(value: string): Verdict;
  /** Where the list is, as every report on this check points to it. */
  list: RelatedLocation;
  /** The message and the fix's title (when there is a guess) for an unlisted value. */
  words(value: string): Words;
}

interface Words {
  message: string;
  title: string;
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
      'them, ignoring case and extra spaces; the closest listed name is offered as a fix. A list kept by id ' +
      '("rep_id | Name | Region") is checked against the id column of the pipeline, and the name beside each ' +
      'id is what messages and summaries call the owner, account or product.',
    options: noOptions,
  },
  create(context) {
    const lookups = context.model.lookups();
    /** Per key, the names a deal's name cell is checked against: a list kept by id gives its names. */
    const names = new Map(
      [...lookups].map(([key, list]) => [
        key,
        list.byId ? new Map([...list.names.values()].map((n) => [nameKey(n), n])) : list.values,
      ]),
    );
    // Products, accounts and owners repeat down a pipeline: judge each distinct value once, in
    // one memo per list and cell kind (a key made by joining strings would be a new string a row).
    const judgeIn = onceEach((known: Map<string, string>) =>
      onceEach((value: string): Verdict => {
        const listed = known.has(nameKey(value));
        const best = listed ? undefined : closestKey(nameKey(value), [...known.keys()]);
        return { known: listed, guess: best === undefined ? undefined : known.get(best) };
      }),
    );
    /** What one table's rows are checked against: per list, the column read and how it is judged. */
    let checks: Check[] = [];
    return {
      pipeline: {
        table(table) {
          checks = [];
          for (const key of LOOKUP_KEYS) {
            const list = lookups.get(key);
            if (!list || table.columns[key] === undefined) continue;
            // A list kept by id checks the deal's id cell when the sheet has one, else its name.
            const idColumn = list.byId ? table.idColumns[key] : undefined;
            const letter = columnLetter(list.column);
            const noun = idColumn === undefined ? NOUNS[key] : `${NOUNS[key]} id`;
            const where = `${quoteSheetName(list.sheet)}!${letter}:${letter}`;
            const judge = judgeIn(idColumn === undefined ? names.get(key)! : list.values);
            checks.push({
              key,
              idColumn,
              column: idColumn ?? table.columns[key]!,
              judge,
              list: {
                location: cellLocation(list.sheet, list.headerRow, list.column),
                message: `The ${key} list`,
              },
              // What is said about an unlisted value, once per value: shared by every deal that has it.
              words: onceEach((value: string): Words => {
                const { guess } = judge(value);
                return {
                  message: `${noun} "${value}" is not in the ${key} list on ${where}${guess ? `; did you mean "${guess}"?` : ''}`,
                  title: guess ? `Change to "${guess}"` : '',
                };
              }),
            });
          }
        },
        row(deal, table) {
          for (const check of checks) {
            const { key, idColumn, column } = check;
            const value = idColumn === undefined ? deal[key] : cellText(deal.cells[idColumn - 1]);
            if (value === undefined) continue;
            const { known, guess } = check.judge(value);
            if (known) continue;
            const location = cellLocation(table.sheet, deal.row, column);
            const words = check.words(value);
            context.report({
              row: deal,
              location,
              message: words.message,
              related: [check.list],
              fixes: guess
                ? [
                    {
                      title: words.title,
                      edits: [{ location, value: guess, previous: deal.cells[column - 1] ?? null }],
                      preferred: true,
                    },
                  ]
                : [],
            });
          }
        },
      },
    };
  },
});
