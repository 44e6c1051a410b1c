import { z } from 'zod';
import { defineRule } from '../../engine/rule';
import { days, namesPipeline, pipelineShowsUpkeep, subject } from './adoptionUtil';
import { cellOf } from '../../sheets/table';

export const noEvidence = defineRule({
  meta: {
    id: 'adoption/no-evidence',
    category: 'adoption',
    defaultSeverity: 'warning',
    description: 'A person in Introduction or Adoption of a change has nothing in the Evidence cell.',
    docs:
      'Saying someone is trying a change, or has made it a habit, is a claim; evidence (a call recording, ' +
      'a filled-in plan, a report) is what lets a manager coach the trial and trust the habit. The rule ' +
      'reports Introduction and Adoption rows with an empty Evidence cell; it runs when the sheet has an ' +
      'Evidence column. When the change is about the pipeline sheet itself ("Keep the pipeline current", ' +
      '"Pipeline hygiene"), the workbook is the evidence: a person who owns open deals and touched every one ' +
      'of them (last activity, else stage date) within `pipelineTouchDays` days counts as having evidence, ' +
      'and is not reported. Set `inferFromPipeline` to false to always ask for the cell.',
    options: z
      .strictObject({
        inferFromPipeline: z
          .boolean()
          .default(true)
          .describe('Count up-to-date open deals as evidence for changes about keeping the pipeline.'),
        pipelineTouchDays: z
          .number()
          .int()
          .min(1)
          .default(14)
          .describe('Days within which every open deal of the person must have been touched.'),
      })
      .prefault({}),
  },
  create(context) {
    const { options, model } = context;
    const { asOf } = context.config;
    return {
      adoption: {
        row(row, table) {
          if (table.columns.evidence === undefined || row.evidence !== undefined) return;
          if (row.stage !== 'Introduction' && row.stage !== 'Adoption') return;
          if (
            options.inferFromPipeline &&
            row.person !== undefined &&
            namesPipeline(row.change) &&
            pipelineShowsUpkeep(model, row.person, asOf, options.pipelineTouchDays)
          )
            return;
          const pipelineHint =
            options.inferFromPipeline && namesPipeline(row.change)
              ? ` (or open deals all touched within ${days(options.pipelineTouchDays)})`
              : '';
          context.report({
            row,
            location: cellOf(table, row, 'evidence'),
            message:
              `${subject(row)} is in ${row.stage} with no evidence recorded; ` +
              `expected something that shows the change in use${pipelineHint}`,
          });
        },
      },
    };
  },
});
