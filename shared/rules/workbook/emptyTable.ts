import { defineRule } from '../../engine/rule';
import { cellLocation } from '../../ground/address';
import { noOptions } from '../util';

export const emptyTable = defineRule({
  meta: {
    id: 'workbook/empty-table',
    category: 'workbook',
    defaultSeverity: 'warning',
    description: 'A sheet has a recognised header row but no rows of data under it.',
    docs:
      'A pipeline with a header and nothing else is usually a template that was never filled in, or data ' +
      'pasted into the wrong tab. It is reported so an empty pipeline is not mistaken for a clean one.',
    options: noOptions,
  },
  create(context) {
    return {
      sheet(sheet) {
        if (!sheet.role || sheet.headerRow === undefined || sheet.dataRows > 0) return;
        context.report({
          location: cellLocation(sheet.name, sheet.headerRow, 1),
          message: `The ${sheet.role} header is on row ${sheet.headerRow}, but no rows of data follow it`,
        });
      },
    };
  },
});
