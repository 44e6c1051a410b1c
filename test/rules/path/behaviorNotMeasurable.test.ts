import { behaviorNotMeasurable } from '../../../shared/rules/path/behaviorNotMeasurable';
import type { SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';
import {
  ACTIVITY_HEADER,
  CALLS,
  NOTES,
  QUARTER,
  WEEK,
  WORKBOOK,
  pathRows,
  step,
  targetCases,
} from './fixtures';

const TITLE = 'Behavior "Joint calls with the manager"';
const BROKEN = `${TITLE} can't be counted from the workbook:`;
const row = (measure: string | undefined, target: string | number | undefined = '4 per month') =>
  pathRows(step('Behavior', 'Joint calls with the manager', { measure, target }));
const ACTIVITY_LOG: SheetSnapshot = { name: 'Activity log', values: [ACTIVITY_HEADER] };
const targets = targetCases('Behavior', CALLS);

ruleTester(behaviorNotMeasurable, {
  valid: [
    { name: 'a column of an activity sheet', rows: row(CALLS, '70 per week'), sheets: WORKBOOK },
    {
      name: 'rows of an activity sheet, with a condition',
      rows: row('COUNT(Activities, [Type] = "Joint call")'),
      sheets: WORKBOOK,
    },
    {
      name: 'filled-in cells of a column, with a numeric condition',
      rows: row('COUNT(Activities[Meetings], [Calls] >= 10 AND NOT [Type] <> "Call")'),
      sheets: WORKBOOK,
    },
    {
      name: 'names in any case, spaces and parentheses',
      rows: row('  sum( activities[ calls ] , ([type] = "call" or [TYPE] = "Visit") ) '),
      sheets: WORKBOOK,
    },
    {
      name: 'two measures added and subtracted',
      rows: row(`${CALLS} + SUM(Activities[Meetings]) - COUNT(Activities)`),
      sheets: WORKBOOK,
    },
    { name: 'a quoted sheet name with a space', rows: row("COUNT('Activity log')"), sheets: [ACTIVITY_LOG] },
    {
      name: 'an activity log of weekly counts (Week of, Seller, Calls) is an activity sheet too',
      rows: row('SUM(Weekly[Calls])'),
      sheets: [
        {
          name: 'Weekly',
          values: [
            ['Week of', 'Seller', 'Calls'],
            ['2027-06-28', 'Ann', 40],
          ],
        },
      ],
    },
    {
      name: 'milestones and outcomes are not judged here',
      rows: pathRows(step('Milestone', 'Proposals'), step('Outcome', 'Revenue')),
    },
    { name: 'a step of unknown kind is not judged here', rows: pathRows(step('Behavor', 'Calls')) },
    {
      name: 'suppressed on the row',
      rows: pathRows(
        step('Behavior', 'Calls', {
          measure: 'SUM(Activites[Calls])',
          ignore: 'path/behavior-not-measurable',
        }),
      ),
      sheets: WORKBOOK,
    },
    ...targets.valid,
  ],
  invalid: [
    {
      name: 'no measure',
      rows: pathRows(step('Behavior', 'Share a customer story', { target: '1 per week' })),
      errors: [
        {
          message:
            'Behavior "Share a customer story" has no measure, so nobody can tell whether it is being done; ' +
            'write one the workbook can count, such as SUM(Activities[Calls])',
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'a mistyped sheet name, with a fix that rewrites the whole cell',
      rows: row('COUNT(Activites, [Type] = "Joint call")'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} there is no sheet named Activites; did you mean Activities? (at character 7)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to Activities', value: 'COUNT(Activities, [Type] = "Joint call")' }],
        },
      ],
    },
    {
      name: 'a mistyped column name, with its sheet kept in the fix',
      rows: row('SUM(Activities[Cals])'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} Activities has no column "Cals"; did you mean [Calls]? (at character 5)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to Activities[Calls]', value: 'SUM(Activities[Calls])' }],
        },
      ],
    },
    {
      name: 'a mistyped function name',
      rows: row('SUMM(Activities[Calls])'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} SUMM is not a measure function; did you mean SUM? (at character 1)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to SUM', value: 'SUM(Activities[Calls])' }],
        },
      ],
    },
    {
      name: 'a function that is not in the language: no guess, the list instead',
      rows: row('AVERAGE(Activities[Calls])'),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            `${BROKEN} AVERAGE is not a measure function (use COUNT, SUM, DEALS_CREATED, DEALS_REACHING, ` +
            'DEALS_WON, WON_AMOUNT) (at character 1)',
          address: 'Path!E2',
          fixes: [],
        },
      ],
    },
    {
      name: 'a mistyped quoted sheet name: the fix quotes it again',
      rows: row("COUNT('Activty log')"),
      sheets: [WEEK, ACTIVITY_LOG],
      errors: [
        {
          message: `${BROKEN} there is no sheet named Activty log; did you mean Activity log? (at character 7)`,
          fixes: [{ title: "Change to 'Activity log'", value: "COUNT('Activity log')" }],
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'two mistakes in one measure: each at its characters, each with its own fix',
      rows: row('SUM(Activites[Calls]) + COUNT(Activities, [Tpye] = "Demo")'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} there is no sheet named Activites; did you mean Activities? (at character 5)`,
          address: 'Path!E2',
          fixes: [
            {
              title: 'Change to Activities',
              value: 'SUM(Activities[Calls]) + COUNT(Activities, [Tpye] = "Demo")',
            },
          ],
        },
        {
          message: `${BROKEN} Activities has no column "Tpye"; did you mean [Type]? (at character 43)`,
          address: 'Path!E2',
          fixes: [
            {
              title: 'Change to [Type]',
              value: 'SUM(Activites[Calls]) + COUNT(Activities, [Type] = "Demo")',
            },
          ],
        },
      ],
    },
    {
      name: 'characters are counted in the cell as written, leading spaces included',
      rows: row('  SUM(Activites[Calls])'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} there is no sheet named Activites; did you mean Activities? (at character 7)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to Activities', value: '  SUM(Activities[Calls])' }],
        },
      ],
    },
    {
      name: 'a problem with the whole measure is not pointed at by character, spaces around it or not',
      rows: pathRows(
        step('Behavior', 'Calls', { measure: ' SUM(Activities) ', target: 1 }),
        step('Behavior', 'Visits', { measure: 'Visit customers  ', target: 1 }),
      ),
      sheets: WORKBOOK,
      errors: [
        {
          message: `Behavior "Calls" can't be counted from the workbook: SUM is written SUM(Sheet[Column] [, condition])`,
          address: 'Path!E2',
        },
        {
          message:
            /^Behavior "Visits" can't be counted from the workbook: "Visit customers" is words, not a measure: /,
          address: 'Path!E3',
        },
      ],
    },
    {
      name: 'the pipeline named in COUNT',
      rows: row('COUNT(Pipeline)'),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            `${BROKEN} Pipeline is the pipeline: count its deals with DEALS_CREATED, DEALS_REACHING, ` +
            'DEALS_WON or WON_AMOUNT (at character 7)',
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'a sheet that exists but is not an activity sheet',
      rows: row('COUNT(Notes)'),
      sheets: [...WORKBOOK, NOTES],
      errors: [
        {
          message:
            `${BROKEN} Notes is not an activity sheet: it needs a rep and a date column so each row belongs to ` +
            'someone and some day (at character 7)',
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'no such sheet, nothing close: the activity sheets are listed',
      rows: row('COUNT(Emails)'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} there is no sheet named Emails; activity sheets: Activities (at character 7)`,
        },
      ],
    },
    {
      name: 'no activity sheet at all',
      rows: row('SUM(Calls[Calls])'),
      sheets: [QUARTER],
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} there is no sheet named Calls; the workbook has no activity sheet (at character 5)`,
        },
      ],
    },
    {
      name: 'a parse error, at its character',
      rows: row('SUM(Activities[Calls]'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} at character 22, expected a comparison (=, <>, <, <=, >, >=), "," or ")" but the measure ends there`,
          address: 'Path!E2',
          fixes: [],
        },
      ],
    },
    {
      name: 'words instead of a measure',
      rows: row('Make 40 calls a day'),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            `${BROKEN} "Make 40 calls a day" is words, not a measure: write one the workbook can count, such as ` +
            'COUNT(Activities) or DEALS_WON()',
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'SUM of a whole sheet: the signature, for the whole cell',
      rows: row('SUM(Activities)'),
      sheets: WORKBOOK,
      errors: [{ message: `${BROKEN} SUM is written SUM(Sheet[Column] [, condition])`, address: 'Path!E2' }],
    },
    {
      name: 'text compared with >',
      rows: row('COUNT(Activities, [Type] > "Call")'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} text can only be compared with = or <>; > needs a number (at character 19)`,
        },
      ],
    },
    {
      name: "a condition on another sheet's column",
      rows: row('COUNT(Activities, Pipeline[Stage] = "Won")'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} this can only test columns of Activities, not of Pipeline (at character 19)`,
        },
      ],
    },
    {
      name: 'no measure, no target and no period: each at its own cell',
      rows: pathRows(step('Behavior', 'Calls', { period: 'sometimes' })),
      errors: [
        { message: /^Behavior "Calls" has no measure/, address: 'Path!E2' },
        { message: /^Behavior "Calls" has no target/, address: 'Path!F2' },
        {
          message: 'Behavior "Calls": "sometimes" is not a period (day, week, month, quarter or year)',
          address: 'Path!G2',
        },
      ],
    },
    ...targets.invalid,
  ],
});
