import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { andList, hasColumn, leverCells, leverPhrase, orWords, subject } from './coverageUtil';
import { leversOf, SKILL_LEVERS, willOnly as isWillOnly } from '../../analyses/coverage';
import { cellOf } from '../../sheets/table';

export const willOnly = defineRule({
  meta: {
    id: 'coverage/will-only',
    category: 'coverage',
    defaultSeverity: 'info',
    description:
      'A priority is backed only by compensation and/or recognition: people are pushed to it but not shown how.',
    docs:
      'Paying for a result, or applauding it, tells people it matters; it does not teach them how to get ' +
      'there. A priority backed only by compensation or recognition rewards the sellers who can already ' +
      'do it and frustrates the rest, and it invites shortcuts. Coaching builds skill as well as will, so ' +
      'a priority with coaching is never reported here. The rule reports priorities with no enablement ' +
      'and no coaching, so a manager can add training or make it a coaching topic. It runs when the sheet ' +
      'has an enablement or coaching column.',
    options: noOptions,
  },
  create(context) {
    return {
      coverage: {
        row(row, table) {
          if (row.text === undefined || !hasColumn(table, SKILL_LEVERS)) return;
          const { present, missing } = leversOf(table, row);
          if (!isWillOnly(present)) return;
          const wanted = missing.filter((l) => SKILL_LEVERS.includes(l));
          context.report({
            row,
            location: cellOf(table, row, 'priority'),
            message:
              `${subject(row.text)} is backed only by ` +
              `${andList(present.map((l) => leverPhrase(row, l)))}, which motivates will but builds no skill; ` +
              `add ${orWords(wanted)} so people learn how to do it`,
            related: leverCells(table, row, present),
          });
        },
      },
    };
  },
});
