import { defineRule } from '../../engine/rule';
import { cellLocation } from '../../ground/address';
import { HEADER_SEARCH_ROWS } from '../../sheets/detect';
import { noOptions } from '../util';
import { kindById, type KindId } from '../../sheets/registry';

export const unrecognizedSheet = defineRule({
  meta: {
    id: 'workbook/unrecognized-sheet',
    category: 'workbook',
    defaultSeverity: 'info',
    description: 'A sheet is empty or has no header row Pipelint recognises, so it was not linted.',
    docs:
      'Pipelint decides what a sheet is from its header row, not its name: a pipeline needs a stage column and ' +
      'at least two of deal, owner, amount, created, stage date and close date; a lookup list starts with a ' +
      'product, account or owner column. A sheet that matches nothing is left alone and reported here, so a ' +
      'pipeline with unusual headers is not silently skipped. Pin its role or its columns in the config to ' +
      'have it linted.',
    options: noOptions,
  },
  create(context) {
    return {
      sheet(sheet) {
        if (sheet.role) return;
        context.report({
          location: cellLocation(sheet.name, 1, 1),
          message: sheet.empty
            ? 'The sheet is empty; there is nothing to lint'
            : sheet.pinnedAs
              ? `The config pins this sheet as ${sheet.pinnedAs}, but no row in its first ` +
                `${HEADER_SEARCH_ROWS} has what it needs: ${kindById(sheet.pinnedAs as KindId).needs}`
              : `No header row in the first ${HEADER_SEARCH_ROWS} rows looks like a pipeline, goals, adoption, path, activity, ` +
                'coverage or lookup sheet; the sheet was not linted',
        });
      },
    };
  },
});
