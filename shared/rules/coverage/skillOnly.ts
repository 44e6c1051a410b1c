import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { andList, leverCells, leverPhrase, orWords, subject } from './coverageUtil';
import { leversOf, skillOnly as isSkillOnly, WILL_LEVERS } from '../../analyses/coverage';
import { cellOf } from '../../sheets/table';

export const skillOnly = defineRule({
  meta: {
    id: 'coverage/skill-only',
    category: 'coverage',
    defaultSeverity: 'info',
    description:
      'A priority is backed by enablement alone: it builds skill, but nothing builds the will to use it.',
    docs:
      'Performance comes from skill and will together. Enablement teaches people how to do something; ' +
      'compensation and recognition make it worth doing; coaching does a little of both, so a priority ' +
      'with coaching is never reported here. A priority backed by training alone is learnt and then left ' +
      'aside when the month gets busy, because nothing asks for it or rewards it. The rule reports such ' +
      'priorities so a manager can add coaching, a reward or recognition.',
    options: noOptions,
  },
  create(context) {
    return {
      coverage: {
        row(row, table) {
          if (row.text === undefined) return;
          const { present, missing } = leversOf(table, row);
          if (!isSkillOnly(present)) return;
          const wanted = missing.filter((l) => WILL_LEVERS.includes(l));
          context.report({
            row,
            location: cellOf(table, row, 'priority'),
            message:
              `${subject(row.text)} is backed only by ` +
              `${andList(present.map((l) => leverPhrase(row, l)))}, which builds skill but not will; ` +
              `add ${orWords(wanted)} so it is also worth doing`,
            related: leverCells(table, row, present),
          });
        },
      },
    };
  },
});
