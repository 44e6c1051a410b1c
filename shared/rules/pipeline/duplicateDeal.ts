import { defineRule } from '../../engine/rule';
import type { ConflictField, Deal, PipelineTable } from '../../sheets/kinds/pipeline';
import { noOptions } from '../util';
import { cellOf, rawCell } from '../../sheets/table';
import { cellText, formatDay } from '../../ground/values';
import { percent } from '../../ground/words';

/** How a conflicting field is named in the message. */
const NAMES: Record<ConflictField, string> = {
  owner: 'owner',
  stage: 'stage',
  closeDate: 'close date',
  created: 'created date',
  stageDate: 'stage date',
  account: 'account',
  source: 'source',
  probability: 'probability',
  amount: 'amount',
};

/** A field's value as the reader understood it, for the message: dates as ISO, the rest as written. */
function shown(table: PipelineTable, deal: Deal, field: ConflictField): string {
  switch (field) {
    case 'closeDate':
    case 'created':
    case 'stageDate':
      return formatDay(deal[field]!);
    case 'probability':
      return percent(deal.probability!);
    default:
      return cellText(rawCell(table, deal, field)) ?? '';
  }
}

export const duplicateDeal = defineRule({
  meta: {
    id: 'pipeline/duplicate-deal',
    category: 'pipeline',
    defaultSeverity: 'error',
    description: 'The same deal appears on more than one row, with other details or as an exact repeat.',
    docs:
      "A deal listed twice is counted twice: in the pipeline total, in coverage and in the owner's numbers. " +
      'Duplicates creep in when rows are copied between tabs or a deal is re-entered instead of updated. ' +
      'Order and quote sheets list a deal once per product; rows of one deal that agree on its owner, ' +
      'stage, dates, account and source and differ in the product, quantity or price are read as the lines ' +
      'of one deal, not as duplicates. A row is reported when it says something else about the deal (another ' +
      'owner or close date, or another amount where the sheet has no product or line columns) or repeats an ' +
      'earlier line whole. The first row of the deal is shown as a related location; ids are compared ' +
      'ignoring case and extra spaces.',
    options: noOptions,
    columns: { pipeline: { requires: ['deal'] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          const listing = deal.listing;
          if (!listing || listing.line) return;
          const { first, conflict, repeats } = listing;
          const listed = `Deal "${deal.id}" is already listed on row ${first.row}`;
          const message = conflict
            ? `${listed}, with another ${NAMES[conflict]} ("${shown(table, first, conflict)}" there, "${shown(table, deal, conflict)}" here)`
            : repeats && repeats !== first
              ? `Deal "${deal.id}" already has this line on row ${repeats.row}`
              : listed;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'deal'),
            message,
            related: [
              { location: cellOf(table, first, 'deal'), message: 'First listed here' },
              ...(repeats && repeats !== first && !conflict
                ? [{ location: cellOf(table, repeats, 'deal'), message: 'The same line' }]
                : []),
            ],
          });
        },
      },
    };
  },
});
