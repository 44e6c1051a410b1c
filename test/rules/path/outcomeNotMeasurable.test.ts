import { outcomeNotMeasurable } from '../../../shared/rules/path/outcomeNotMeasurable';
import type { SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';
import { REVENUE, WEEK, WORKBOOK, pathRows, step, targetCases } from './fixtures';

const BROKEN = `Outcome "Cross-sell revenue" can't be counted from the workbook:`;
const row = (measure: string | undefined) =>
  pathRows(step('Outcome', 'Cross-sell revenue', { owner: 'Team', measure, target: '$20k' }));
const pipelineWith = (...header: string[]): SheetSnapshot => ({ name: 'Pipeline', values: [header] });
const targets = targetCases('Outcome', REVENUE);

ruleTester(outcomeNotMeasurable, {
  valid: [
    { name: 'won amount', rows: row(REVENUE), sheets: WORKBOOK },
    { name: 'won amount of one product', rows: row('WON_AMOUNT([Product] = "GTX Pro")'), sheets: WORKBOOK },
    { name: 'deals won over a size', rows: row('DEALS_WON([Amount] >= 5000)'), sheets: WORKBOOK },
    {
      name: 'one measure less another',
      rows: row('WON_AMOUNT() - WON_AMOUNT([Product] = "GTX Basic" OR [Product] = "")'),
      sheets: WORKBOOK,
    },
    {
      name: 'a condition one of two pipelines cannot test matches none of its deals',
      rows: row('WON_AMOUNT([Product] = "GTX Pro")'),
      sheets: [
        ...WORKBOOK,
        { ...pipelineWith('Deal', 'Owner', 'Stage', 'Amount', 'Close date'), name: 'Renewals' },
      ],
    },
    {
      name: 'behaviors and milestones are not judged here',
      rows: pathRows(step('Behavior', 'Calls'), step('Milestone', 'Demos')),
    },
    {
      name: 'suppressed on the row',
      rows: pathRows(
        step('Outcome', 'Revenue', { measure: 'WON_AMUNT()', ignore: 'path/outcome-not-measurable' }),
      ),
      sheets: WORKBOOK,
    },
    ...targets.valid,
  ],
  invalid: [
    {
      name: 'no measure',
      rows: row(undefined),
      errors: [
        {
          message:
            'Outcome "Cross-sell revenue" has no measure, so neither its pace nor its milestones can say ' +
            'whether it will be reached; write one the workbook can count, such as WON_AMOUNT()',
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'a mistyped function, with a fix',
      rows: row('WON_AMUNT()'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} WON_AMUNT is not a measure function; did you mean WON_AMOUNT? (at character 1)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to WON_AMOUNT', value: 'WON_AMOUNT()' }],
        },
      ],
    },
    {
      name: 'a mistyped function in lower case, inside a longer measure',
      rows: row('WON_AMOUNT([Product] = "GTX Pro") + won_amnt([Product] = "GTX Basic")'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} won_amnt is not a measure function; did you mean WON_AMOUNT? (at character 37)`,
          fixes: [
            {
              title: 'Change to WON_AMOUNT',
              value: 'WON_AMOUNT([Product] = "GTX Pro") + WON_AMOUNT([Product] = "GTX Basic")',
            },
          ],
        },
      ],
    },
    {
      name: 'a mistyped column, with a fix',
      rows: row('WON_AMOUNT([Prodcut] = "GTX Pro")'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${BROKEN} Pipeline has no column "Prodcut"; did you mean [Product]? (at character 12)`,
          address: 'Path!E2',
          fixes: [{ title: 'Change to [Product]', value: 'WON_AMOUNT([Product] = "GTX Pro")' }],
        },
      ],
    },
    {
      name: 'a column the pipeline does not have, nothing like one it has',
      rows: row('WON_AMOUNT([Source] = "Referral")'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} Pipeline has no column "Source" (at character 12)`,
          fixes: [],
        },
      ],
    },
    {
      name: 'deals counted in a workbook with no pipeline sheet',
      rows: row('DEALS_WON()'),
      sheets: [WEEK],
      errors: [
        {
          message: `${BROKEN} DEALS_WON counts deals, and the workbook has no pipeline sheet (at character 1)`,
          address: 'Path!E2',
        },
      ],
    },
    {
      name: 'DEALS_CREATED when the pipeline has no Created column',
      rows: row('DEALS_CREATED()'),
      sheets: [pipelineWith('Deal', 'Owner', 'Stage', 'Amount', 'Close date')],
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} DEALS_CREATED needs the pipeline's Created column (at character 1)`,
        },
      ],
    },
    {
      name: 'WON_AMOUNT when the pipeline has neither close date nor amount',
      rows: row(REVENUE),
      sheets: [pipelineWith('Deal', 'Owner', 'Stage', 'Created')],
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} WON_AMOUNT needs the pipeline's Close date and Amount columns (at character 1)`,
        },
      ],
    },
    {
      name: 'a parse error, at its character',
      rows: row('WON_AMOUNT([Product] = "GTX Pro"'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} at character 33, expected "and", "or", "," or ")" but the measure ends there`,
        },
      ],
    },
    {
      name: 'words instead of a measure',
      rows: row('Revenue from cross-sold products'),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!E2',
          message: `${BROKEN} "Revenue from cross-sold products" is words, not a measure: write one the workbook can count, such as COUNT(Activities) or DEALS_WON()`,
        },
      ],
    },
    ...targets.invalid,
  ],
});
