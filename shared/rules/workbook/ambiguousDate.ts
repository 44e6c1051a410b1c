import { defineRule } from '../../engine/rule';
import { cellLocation } from '../../ground/address';
import { noOptions } from '../util';
import { headerCell } from '../../sheets/table';
import type { DateColumnNote } from '../../sheets/kinds/pipeline';

const SHAPE = { MDY: 'month/day/year', DMY: 'day/month/year' } as const;

/** Names the separator when the column writes dates several ways, each settled on its own. */
const pattern = (note: DateColumnNote) => (note.otherPatterns ? `"${note.separator}" ` : '');

export const ambiguousDate = defineRule({
  meta: {
    id: 'workbook/ambiguous-date',
    category: 'workbook',
    defaultSeverity: 'warning',
    description: 'A column of text dates could be read month-first or day-first.',
    docs:
      'Text such as 03/04/2027 is the 4th of March in the United States and the 3rd of April in most other ' +
      'places. Pipelint settles each column from its own values (a 25 in the first place can only be a day) ' +
      'and otherwise uses the locale. It settles each way of writing on its own, because exports often put ' +
      '02/05/2027 from one system beside 05-02-2027 from another, each in its own order. When a column ' +
      'gives no clue and no locale is configured, the guess is reported so someone can confirm it; when ' +
      'one way of writing holds both shapes, it is reported as mixed and the values that do not fit the ' +
      'chosen order are flagged as invalid.',
    options: noOptions,
  },
  create(context) {
    return {
      pipeline: {
        table(table) {
          for (const note of table.dateNotes) {
            const header = table.headers[note.column - 1];
            context.report({
              location: headerCell(table, note.column),
              message:
                note.kind === 'ambiguous'
                  ? `Every ${pattern(note)}text date in "${header}" fits both month/day and day/month (e.g. "${note.example}"); ` +
                    `read as ${SHAPE[note.assumed]} from locale ${context.config.localeTag}. Set "locale" in the config to confirm`
                  : `"${header}" mixes month/day and day/month ${pattern(note)}dates (e.g. "${note.example}" on row ${note.row}); ` +
                    `read as ${SHAPE[note.assumed]}, values that only fit the other order are flagged`,
              related: [
                { location: cellLocation(table.sheet, note.row, note.column), message: 'Example value' },
              ],
            });
          }
        },
      },
    };
  },
});
