import { milestoneNotVerifiable } from '../../../shared/rules/path/milestoneNotVerifiable';
import type { SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';
import {
  NOTES,
  NO_STAGE_DATE,
  PROPOSALS,
  QUARTER,
  STAGE_HISTORY,
  WEEK,
  WORKBOOK,
  pathRows,
  step,
  targetCases,
} from './fixtures';

const BROKEN = `Milestone "Proposals sent" can't be checked against the workbook:`;
const row = (measure: string | undefined) =>
  pathRows(step('Milestone', 'Proposals sent', { owner: 'Each rep', measure, target: 4 }));

/** A second pipeline without the Product column the first one has. */
const RENEWALS: SheetSnapshot = {
  name: 'Renewals',
  values: [
    ['Deal', 'Owner', 'Stage', 'Amount', 'In stage since'],
    ['R-1', 'Bob', 'Proposal', 3000, '2027-06-02'],
  ],
};
const targets = targetCases('Milestone', PROPOSALS);

ruleTester(milestoneNotVerifiable, {
  valid: [
    { name: 'deals reaching a stage', rows: row(PROPOSALS), sheets: WORKBOOK },
    { name: 'a stage named by an alias', rows: row('DEALS_REACHING("Proposal Sent")'), sheets: WORKBOOK },
    {
      name: 'any case, with a condition on a pipeline column',
      rows: row('deals_reaching("proposal", [product] = "gtx pro" and [Amount] >= 5000)'),
      sheets: WORKBOOK,
    },
    {
      name: 'second meetings from the activity log',
      rows: row('COUNT(Activities, [Meetings] >= 2)'),
      sheets: WORKBOOK,
    },
    { name: 'deals created', rows: row('DEALS_CREATED()'), sheets: WORKBOOK },
    {
      name: 'without an In stage since column, the pipeline history says when a deal reached the stage',
      rows: row(PROPOSALS),
      sheets: [NO_STAGE_DATE, STAGE_HISTORY],
    },
    {
      name: 'a condition on a column one of two pipelines lacks',
      rows: row('DEALS_REACHING("Proposal", [Product] = "GTX Pro")'),
      sheets: [QUARTER, RENEWALS],
    },
    {
      name: 'behaviors and outcomes are not judged here',
      rows: pathRows(step('Behavior', 'Calls'), step('Outcome', 'Revenue')),
    },
    {
      name: 'suppressed on the row',
      rows: pathRows(step('Milestone', 'Proposals sent', { ignore: 'path/milestone-not-verifiable' })),
    },
    ...targets.valid,
  ],
  invalid: [
    {
      name: 'no measure',
      rows: pathRows(step('Milestone', 'Second meetings held', { target: 4 })),
      errors: [
        {
          message:
            'Milestone "Second meetings held" has no measure, so nobody can check from the data that it ' +
            'happened; write one the workbook can count, such as DEALS_REACHING("Proposal")',
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'an opinion instead of a measure',
      rows: row('customer seems keen'),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            `${BROKEN} "customer seems keen" is words, not a measure: write one the workbook can count, such ` +
            'as COUNT(Activities) or DEALS_WON()',
          address: 'Path!E2',
          fixes: [],
        },
      ],
    },
    {
      name: 'a mistyped stage, with a fix',
      rows: row('DEALS_REACHING("Proposl")'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} "Proposl" is not a stage of the pipeline; did you mean "Proposal"? (at character 16)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to "Proposal"', value: 'DEALS_REACHING("Proposal")' }],
        },
      ],
    },
    {
      name: 'a stage nothing like the configured ones: they are listed',
      rows: row('DEALS_REACHING("Signed")'),
      config: { stages: [{ name: 'Lead' }, { name: 'Proposal' }, { name: 'Won', closed: 'won' }] },
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} "Signed" is not a stage of the pipeline (stages: Lead, Proposal, Won) (at character 16)`,
          fixes: [],
        },
      ],
    },
    {
      name: 'a mistyped column in the condition',
      rows: row('DEALS_REACHING("Proposal", [Prodct] = "GTX Pro")'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} Pipeline has no column "Prodct"; did you mean [Product]? (at character 28)`,
          address: 'Path!E2',
          fixes: [
            { title: 'Change to [Product]', value: 'DEALS_REACHING("Proposal", [Product] = "GTX Pro")' },
          ],
        },
      ],
    },
    {
      name: 'a column neither of two pipelines has',
      rows: row('DEALS_REACHING("Proposal", [Region] = "West")'),
      sheets: [QUARTER, RENEWALS],
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} Pipeline has no column "Region" (at character 28)`,
          fixes: [],
        },
      ],
    },
    {
      name: 'the pipeline counted with COUNT',
      rows: row('COUNT(Pipeline, [Stage] = "Proposal")'),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            /^Milestone "Proposals sent" can't be checked .*: Pipeline is the pipeline: count its deals with /,
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'a sheet that is not an activity sheet',
      rows: row('COUNT(Notes)'),
      sheets: [WEEK, NOTES],
      errors: [
        {
          address: 'Path!E2',
          message:
            /: Notes is not an activity sheet: it needs a rep and a date column .* \(at character 7\)$/,
        },
      ],
    },
    {
      name: 'deals counted in a workbook with no pipeline sheet',
      rows: row(PROPOSALS),
      sheets: [WEEK],
      errors: [
        {
          message: `${BROKEN} DEALS_REACHING counts deals, and the workbook has no pipeline sheet (at character 1)`,
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'no In stage since column and no history',
      rows: row(PROPOSALS),
      sheets: [NO_STAGE_DATE],
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} DEALS_REACHING needs the pipeline's In stage since column (at character 1)`,
        },
      ],
    },
    {
      name: 'the stage not quoted: the signature, for the whole cell',
      rows: row('DEALS_REACHING(Proposal)'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} DEALS_REACHING is written DEALS_REACHING("Stage" [, condition])`,
        },
      ],
    },
    {
      name: 'a parse error, at its character',
      rows: row('DEALS_WON([Product] = )'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} at character 23, expected a text in double quotes or a number but found ")"`,
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'a dangling +',
      rows: row('DEALS_WON() +'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} at character 14, expected a name or "(" but the measure ends there`,
        },
      ],
    },
    ...targets.invalid,
  ],
});
