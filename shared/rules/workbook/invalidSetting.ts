import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';

export const invalidSetting = defineRule({
  meta: {
    id: 'workbook/invalid-setting',
    category: 'workbook',
    defaultSeverity: 'error',
    description: "A value in the workbook's settings sheet cannot be used.",
    docs:
      'A settings sheet (a Setting | Value block, a Stages block, a Rule | Severity block) lets the team keep ' +
      'its stages, rule levels, as-of day and locale in the workbook, so every front end lints alike. A value ' +
      'that cannot be read, such as a stage kind other than open, won or lost, a max days that is no whole ' +
      'number, a rule id Pipelint does not have or a severity it does not know, is left out and reported at ' +
      'its cell; the rest of the settings still apply. A stage list with no won stage is not used at all.',
    options: noOptions,
  },
  create(context) {
    return {
      settings: {
        table(table) {
          for (const problem of table.problems)
            context.report({ location: problem.location, message: problem.message });
        },
      },
    };
  },
});
