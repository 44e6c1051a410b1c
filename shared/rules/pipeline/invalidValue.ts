import { defineRule } from '../../engine/rule';
import { cellLocation, columnLetter } from '../../ground/address';
import { noOptions } from '../util';

export const invalidValue = defineRule({
  meta: {
    id: 'pipeline/invalid-value',
    category: 'pipeline',
    defaultSeverity: 'error',
    description: 'An amount, date or probability cannot be read, or a cell holds a spreadsheet error.',
    docs:
      'A value that cannot be read is a value every total, forecast and age leaves out without saying so. ' +
      'Amounts may be numbers or text such as "$12,000", "12k" or "1.2M"; dates may be real dates, ISO text or ' +
      'day/month text in the configured locale; probabilities may be 0.25, 25 or "25%". Anything else, and any ' +
      'error value such as #N/A or #REF! anywhere in the row, is reported at its cell.',
    options: noOptions,
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          for (const p of deal.problems ?? []) {
            const header = table.headers[p.column - 1] || `Column ${columnLetter(p.column)}`;
            context.report({
              row: deal,
              location: cellLocation(table.sheet, deal.row, p.column),
              message: `${header}: ${p.reason}`,
            });
          }
        },
      },
    };
  },
});
