import { z } from 'zod';
import { defineRule } from '../../engine/rule';
import { day } from '../util';
import { days, subject } from './adoptionUtil';
import { cellOf } from '../../sheets/table';

const limit = (fallback: number, stage: string) =>
  z
    .number()
    .int()
    .min(1)
    .default(fallback)
    .describe(`Days a person may stay in ${stage} before it is reported.`);

export const stuck = defineRule({
  meta: {
    id: 'adoption/stuck',
    category: 'adoption',
    defaultSeverity: 'warning',
    description: 'A person has been in one stage of a change for longer than that stage allows.',
    docs:
      'People move through a change at their own pace, but not forever: someone still weighing a change ' +
      'after a month has usually not been shown what it means for them, someone still deciding has not ' +
      'seen it pay off for a peer, and a trial that never becomes habit needs coaching before it quietly ' +
      'stops. The rule counts the days from the "In stage since" date to the as-of date and reports rows ' +
      'past the limit for their stage (`maxDays`, per stage: 30 days for Consideration and Contemplation, ' +
      '45 for Introduction unless configured). Adoption is where a change should end up, so it is never ' +
      'stuck. Rows without a readable date are not judged.',
    options: z
      .strictObject({
        maxDays: z
          .strictObject({
            Consideration: limit(30, 'Consideration'),
            Contemplation: limit(30, 'Contemplation'),
            Introduction: limit(45, 'Introduction'),
          })
          .prefault({})
          .describe('Per stage, the days a person may stay in it (Adoption is never stuck).'),
      })
      .prefault({}),
  },
  create(context) {
    const { asOf } = context.config;
    const { maxDays } = context.options;
    return {
      adoption: {
        row(row, table) {
          if (row.stage === undefined || row.stage === 'Adoption' || row.since === undefined) return;
          const max = maxDays[row.stage];
          const inStage = asOf - row.since;
          if (inStage <= max) return;
          context.report({
            row,
            location: cellOf(table, row, 'since'),
            message:
              `${subject(row)} has been in ${row.stage} for ${days(inStage)} (since ${day(row.since)}); ` +
              `expected at most ${days(max)} there before moving on`,
          });
        },
      },
    };
  },
});
