import { defineRule } from '../../engine/rule';
import { columnLetter } from '../../ground/address';
import { noOptions, orList } from '../util';
import type { PipelineField } from '../../sheets/kinds/pipeline';
import { pipelineKind } from '../../sheets/kinds/pipeline';
import { headerCell } from '../../sheets/table';

const quoted = (fields: readonly PipelineField[]) => orList(fields.map((f) => `"${pipelineKind.labels[f]}"`));

export const missingColumn = defineRule({
  meta: {
    id: 'pipeline/missing-column',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'A column that enabled rules need is not in the pipeline sheet.',
    docs:
      'Several checks depend on a column being there: no close dates, no way to see which deals slipped. ' +
      'Rather than repeat the gap on every row, Pipelint reports it once, on the header row, names the rules that ' +
      'were skipped because of it, and offers to add the header. A column the config pins by name or letter ' +
      'that the sheet does not have is reported here too.',
    options: noOptions,
  },
  create(context) {
    return {
      pipeline: {
        table(table) {
          // Each missing column gets its own free column, so applying every fix adds every header.
          let nextFree = table.headers.length;
          for (const missing of context.missingColumns(table)) {
            nextFree++;
            const fields = (
              typeof missing.need === 'string' ? [missing.need] : missing.need
            ) as PipelineField[];
            const rules = missing.ruleIds.join(', ');
            const location = headerCell(table, nextFree);
            const label = pipelineKind.labels[fields[0]];
            context.report({
              location,
              message:
                fields.length === 1
                  ? `No ${quoted(fields)} column; ${rules} need${missing.ruleIds.length === 1 ? 's' : ''} it and did not run`
                  : `No ${quoted(fields)} column; ${rules} need${missing.ruleIds.length === 1 ? 's' : ''} one of them and did not run`,
              fixes: [
                {
                  title: `Add ${/^[AEIOU]/.test(label) ? 'an' : 'a'} "${label}" header in column ${columnLetter(nextFree)}`,
                  edits: [{ location, value: label, previous: null }],
                },
              ],
            });
          }
          for (const { field, pin } of table.missingPins) {
            context.report({
              location: headerCell(table, 1),
              message: `The config pins ${field} to "${pin}", but the header row has no such column`,
            });
          }
        },
      },
    };
  },
});
