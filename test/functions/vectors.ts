import type { FunctionErrorKind } from '../../shared/functions/args';

/**
 * One table of custom-function cases, run against the core and against both built host bundles.
 * Arguments are written host-neutrally; each host's runner turns them into what that host passes
 * (Excel: ranges always 2D, omitted as null, dates as serials; Sheets: a one-cell range as a plain
 * value, omitted as undefined, dates as Date objects).
 */
export type VectorCell = number | string | boolean | null | { date: string };
export type VectorArg = VectorCell | { range: VectorCell[][] } | { omitted: true };

export interface Vector {
  name: string;
  fn: string;
  args: VectorArg[];
  /** Exact result (numbers compared to 9 significant digits). */
  result?: number | string | (number | string)[][];
  error?: FunctionErrorKind;
  /** Part of the message, for the error kinds that carry one in every host. */
  message?: string;
}

const col = (...values: VectorCell[]): { range: VectorCell[][] } => ({ range: values.map((v) => [v]) });
const row = (...values: VectorCell[]): { range: VectorCell[][] } => ({ range: [values] });
const date = (iso: string) => ({ date: iso });
const omitted = { omitted: true } as const;

export const VECTORS: Vector[] = [
  // REQUIRED_PIPELINE
  { name: 'the textbook case', fn: 'REQUIRED_PIPELINE', args: [500000, 0.25], result: 2000000 },
  {
    name: 'booked revenue comes off',
    fn: 'REQUIRED_PIPELINE',
    args: [500000, 0.25, 100000],
    result: 1600000,
  },
  { name: 'omitted booked is 0', fn: 'REQUIRED_PIPELINE', args: [500000, 0.5, omitted], result: 1000000 },
  { name: 'a met target needs nothing', fn: 'REQUIRED_PIPELINE', args: [500000, 0.25, 600000], result: 0 },
  { name: 'rates as percent text', fn: 'REQUIRED_PIPELINE', args: [500000, '25%'], result: 2000000 },
  { name: 'amounts as currency text', fn: 'REQUIRED_PIPELINE', args: ['$500,000', 0.25], result: 2000000 },
  { name: 'a win rate of 1', fn: 'REQUIRED_PIPELINE', args: [500000, 1], result: 500000 },
  { name: 'a win rate of 0', fn: 'REQUIRED_PIPELINE', args: [500000, 0], error: 'NUM' },
  { name: 'a win rate over 1', fn: 'REQUIRED_PIPELINE', args: [500000, 1.5], error: 'NUM' },
  { name: '25 meant as 25%', fn: 'REQUIRED_PIPELINE', args: [500000, 25], error: 'NUM' },
  {
    name: 'a negative target',
    fn: 'REQUIRED_PIPELINE',
    args: [-1, 0.25],
    error: 'VALUE',
    message: 'target cannot be negative',
  },
  {
    name: 'a text target',
    fn: 'REQUIRED_PIPELINE',
    args: ['lots', 0.25],
    error: 'VALUE',
    message: 'target must be a number',
  },
  {
    name: 'a missing target',
    fn: 'REQUIRED_PIPELINE',
    args: [null, 0.25],
    error: 'VALUE',
    message: 'target is required',
  },
  { name: 'a negative booked', fn: 'REQUIRED_PIPELINE', args: [500000, 0.25, -5], error: 'VALUE' },
  {
    name: 'a range where one value belongs',
    fn: 'REQUIRED_PIPELINE',
    args: [col(1, 2), 0.25],
    error: 'VALUE',
  },
  // REQUIRED_DEALS
  { name: 'whole deals', fn: 'REQUIRED_DEALS', args: [500000, 20000, 0.25], result: 100 },
  { name: 'rounded up', fn: 'REQUIRED_DEALS', args: [500000, 30000, 0.25], result: 67 },
  { name: 'with booked', fn: 'REQUIRED_DEALS', args: [500000, 20000, 0.25, 250000], result: 50 },
  { name: 'a deal size of 0', fn: 'REQUIRED_DEALS', args: [500000, 0, 0.25], error: 'NUM' },
  // REVERSE_FUNNEL
  {
    name: 'value per stage, top first',
    fn: 'REVERSE_FUNNEL',
    args: [100000, col(0.5, 0.4, 0.25)],
    result: [[2000000], [1000000], [400000], [100000]],
  },
  {
    name: 'deals per stage with a deal size',
    fn: 'REVERSE_FUNNEL',
    args: [100000, row(0.5, 0.4, 0.25), 10000],
    result: [[200], [100], [40], [10]],
  },
  { name: 'one rate', fn: 'REVERSE_FUNNEL', args: [100000, 0.5], result: [[200000], [100000]] },
  { name: 'a rate of 0', fn: 'REVERSE_FUNNEL', args: [100000, col(0.5, 0)], error: 'NUM' },
  { name: 'no rates', fn: 'REVERSE_FUNNEL', args: [100000, col(null, '')], error: 'VALUE' },
  // PIPELINE_COVERAGE
  {
    name: 'coverage of what is left',
    fn: 'PIPELINE_COVERAGE',
    args: [col(500000, 460000, ''), 500000, 200000],
    result: 3.2,
  },
  {
    name: 'amount text in the range',
    fn: 'PIPELINE_COVERAGE',
    args: [col('$150,000', '50k'), 100000],
    result: 2,
  },
  { name: 'target already met', fn: 'PIPELINE_COVERAGE', args: [col(1000), 500000, 500000], error: 'DIV0' },
  {
    name: 'a non-numeric amount',
    fn: 'PIPELINE_COVERAGE',
    args: [col(1000, 'TBD'), 500000],
    error: 'VALUE',
    message: 'item 2 is not an amount',
  },
  // WIN_RATE
  {
    name: 'usual won and lost names, open deals ignored',
    fn: 'WIN_RATE',
    args: [col('Won', 'Lost', 'Closed Won', 'Proposal', 'closed lost', '', 'Prospecting')],
    result: 0.5,
  },
  {
    name: 'own labels',
    fn: 'WIN_RATE',
    args: [col('Signed', 'Dead', 'Signed', 'Won'), 'Signed', 'Dead'],
    result: 2 / 3,
  },
  { name: 'no closed deals', fn: 'WIN_RATE', args: [col('Proposal', 'Demo')], error: 'DIV0' },
  // SALES_VELOCITY
  { name: 'revenue per day', fn: 'SALES_VELOCITY', args: [40, 25000, 0.25, 90], result: 2777.77777777778 },
  { name: 'a cycle of 0 days', fn: 'SALES_VELOCITY', args: [40, 25000, 0.25, 0], error: 'NUM' },
  // WEIGHTED_PIPELINE
  {
    name: 'rule-of-thumb probabilities',
    fn: 'WEIGHTED_PIPELINE',
    args: [col(100000, 50000, 20000, ''), col('Proposal', 'Negotiation', 'Lost', 'Demo')],
    result: 85000,
  },
  {
    name: 'own probabilities',
    fn: 'WEIGHTED_PIPELINE',
    args: [col(100000, 40000), col('Pitch', 'Close'), col('Pitch', 'Close'), col(0.3, '80%')],
    result: 62000,
  },
  {
    name: 'a stage without a probability',
    fn: 'WEIGHTED_PIPELINE',
    args: [col(100000), col('Pitch')],
    error: 'NA',
    message: 'stage "Pitch" has no default probability',
  },
  {
    name: 'ranges of different sizes',
    fn: 'WEIGHTED_PIPELINE',
    args: [col(1, 2), col('Demo')],
    error: 'VALUE',
  },
  // STALLED_DEALS
  {
    name: 'open deals idle past the limit',
    fn: 'STALLED_DEALS',
    args: [
      col('Proposal', 'Demo', 'Won', 'Negotiation', 'Proposal'),
      col(date('2027-05-01'), date('2027-06-20'), date('2027-01-01'), '2027-04-15', null),
      30,
      date('2027-06-30'),
    ],
    result: 2,
  },
  {
    name: 'the default limit is 30 days',
    fn: 'STALLED_DEALS',
    args: [col('Proposal', 'Demo'), col(date('2027-05-31'), date('2027-05-30')), omitted, date('2027-06-30')],
    result: 1,
  },
  {
    name: 'an unreadable date',
    fn: 'STALLED_DEALS',
    args: [col('Proposal'), col('last week'), 30, date('2027-06-30')],
    error: 'VALUE',
    message: 'last_activity_dates item 1',
  },
  // DAYS_IN_STAGE
  {
    name: 'days between dates',
    fn: 'DAYS_IN_STAGE',
    args: [date('2027-05-01'), date('2027-06-30')],
    result: 60,
  },
  { name: 'date text', fn: 'DAYS_IN_STAGE', args: ['2027-05-01', '2027-06-30'], result: 60 },
  {
    name: 'entered after as_of',
    fn: 'DAYS_IN_STAGE',
    args: [date('2027-07-01'), date('2027-06-30')],
    error: 'NUM',
  },
  { name: 'not a date', fn: 'DAYS_IN_STAGE', args: ['soon', date('2027-06-30')], error: 'VALUE' },
  // SMART_CHECK and SMART_SCORE
  { name: 'a vague goal misses most letters', fn: 'SMART_CHECK', args: ['Sell more'], result: 'S,M,R,T' },
  {
    name: 'a SMART goal passes',
    fn: 'SMART_CHECK',
    args: ['Win 12 new logos in the retail segment by 2030-09-30'],
    result: '',
  },
  {
    name: 'a SMART goal scores 5',
    fn: 'SMART_SCORE',
    args: ['Win 12 new logos in the retail segment by 2030-09-30'],
    result: 5,
  },
  { name: 'an empty goal scores low', fn: 'SMART_SCORE', args: [''], result: 1 },
  // ADOPTION_SUMMARY
  {
    name: 'people per stage',
    fn: 'ADOPTION_SUMMARY',
    args: [col('Consideration', 'adoption', 'Introduction', 'Adoption', 'Contemplation', '')],
    result: [
      ['Stage', 'People'],
      ['Consideration', 1],
      ['Contemplation', 1],
      ['Introduction', 1],
      ['Adoption', 2],
    ],
  },
  {
    name: 'unrecognised stages get their own row',
    fn: 'ADOPTION_SUMMARY',
    args: [col('Adoption', 'Unsure')],
    result: [
      ['Stage', 'People'],
      ['Consideration', 0],
      ['Contemplation', 0],
      ['Introduction', 0],
      ['Adoption', 1],
      ['Unrecognised', 1],
    ],
  },
];
