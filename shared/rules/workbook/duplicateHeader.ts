import { defineRule } from '../../engine/rule';
import { columnLetter } from '../../ground/address';
import { noOptions } from '../util';
import { headerCell } from '../../sheets/table';

export const duplicateHeader = defineRule({
  meta: {
    id: 'workbook/duplicate-header',
    category: 'workbook',
    defaultSeverity: 'warning',
    description: 'Two header cells name the same column, or mean the same field.',
    docs:
      'When a header repeats ("Amount" twice, or "Amount" and "Deal size"), it is unclear which column holds ' +
      'the truth, and people update one while formulas read the other. Pipelint reads the first and reports ' +
      'the other; pin the right one in the config\'s "columns" if the first is not it.',
    options: noOptions,
  },
  create(context) {
    return {
      anyTable(table) {
        for (const dup of table.duplicateHeaders) {
          const kept = `${table.headers[dup.keptColumn - 1]}" in column ${columnLetter(dup.keptColumn)}`;
          context.report({
            location: headerCell(table, dup.column),
            message: `"${dup.header}" repeats "${kept}; column ${columnLetter(dup.keptColumn)} is the one read`,
            related: [{ location: headerCell(table, dup.keptColumn), message: 'The column that is read' }],
          });
        }
      },
    };
  },
});
