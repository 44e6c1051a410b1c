import { defineRule } from '../../engine/rule';
import { noOptions, quoted } from '../util';
import { andList, hasColumn, leverPhrase, orWords } from './coverageUtil';
import { cellOf } from '../../sheets/table';
import { leversOf, unrewarded, REWARD_LEVERS } from '../../analyses/coverage';

export const unrewardedOutcome = defineRule({
  meta: {
    id: 'coverage/unrewarded-outcome',
    category: 'coverage',
    defaultSeverity: 'warning',
    description: 'An outcome the role is measured on is neither paid for nor recognised.',
    docs:
      'Outcomes (revenue, bookings, margin, win rate, retention, new logos) are what the role exists to ' +
      'deliver. When an outcome is trained and coached but neither compensation nor recognition is tied ' +
      'to it, sellers read the plan, not the slide: what is paid and celebrated wins their time. Tie the ' +
      'outcome to the compensation plan or to a recognition programme, or reconsider whether it belongs ' +
      'on the role. A Kind column (Activity or Outcome) says which priorities are outcomes; without one, ' +
      'Pipelint reads it from the wording and the message says so. Priorities with no lever at all are ' +
      'left to coverage/priority-uncovered. The rule runs when the sheet has a compensation or ' +
      'recognition column.',
    options: noOptions,
  },
  create(context) {
    return {
      coverage: {
        row(row, table) {
          if (row.text === undefined || !hasColumn(table, REWARD_LEVERS)) return;
          const { present, missing } = leversOf(table, row);
          if (!unrewarded(row, present)) return;
          const wanted = missing.filter((l) => REWARD_LEVERS.includes(l));
          const how = row.kindInferred ? ' (an outcome by its wording; say so in a Kind column if not)' : '';
          const column = REWARD_LEVERS.find((l) => table.columns[l] !== undefined)!;
          context.report({
            row,
            location: cellOf(table, row, column),
            message:
              `Outcome ${quoted(row.text)}${how} is backed by ` +
              `${andList(present.map((l) => leverPhrase(row, l)))} but is neither paid for nor recognised; ` +
              `tie ${orWords(wanted)} to it`,
          });
        },
      },
    };
  },
});
