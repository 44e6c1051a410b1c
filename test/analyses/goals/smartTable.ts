import type { GrowthDriver } from '../../../shared/analyses/goals/smart';

/**
 * Goal statements with the verdict a careful sales manager would give each SMART letter, judged
 * on 2027-06-30 with the default +100% growth limit. Written for this table, not taken from
 * anywhere. Decisions that could go either way carry a `note` saying which way and why.
 */
export interface LabelledGoal {
  goal: string;
  /** The letters expected to fail, in S,M,A,R,T order: "" when all five pass. */
  fails: string;
  driver?: GrowthDriver;
  /** The expected deadline, YYYY-MM-DD. */
  deadline?: string;
  note?: string;
}

export const TABLE_AS_OF = '2027-06-30';

export const SMART_TABLE: LabelledGoal[] = [
  // ---- vague aims ----------------------------------------------------------------------------
  { goal: 'Sell more', fails: 'S,M,R,T', note: 'A passes: there is no stated change to judge' },
  {
    goal: 'Grow the business',
    fails: 'S,M,R,T',
    note: 'A passes (nothing to judge without a baseline); R fails: "the business" is no growth driver',
  },
  { goal: 'Improve performance', fails: 'S,M,R,T' },
  { goal: 'Do better this year', fails: 'S,M,R', deadline: '2027-12-31' },
  {
    goal: 'Be the best sales team in the region',
    fails: 'S,M,R,T',
    note: '"the region" names no region and "sales team" is who, not what',
  },
  {
    goal: 'Increase sales',
    fails: 'S,M,R,T',
    note: '"sales" alone is the aim itself; revenue, bookings or units of a product would be specific',
  },
  {
    goal: 'Hit our numbers next quarter',
    fails: 'S,M,R',
    deadline: '2027-09-30',
    note: 'on June 30 the next calendar quarter is Q3',
  },
  { goal: 'Focus on growth', fails: 'S,M,R,T' },
  { goal: 'Exceed expectations in Q4', fails: 'S,M,R', deadline: '2027-12-31' },
  { goal: 'Work harder and crush it', fails: 'S,M,R,T' },
  {
    goal: 'Maximize potential in 2027',
    fails: 'S,M,R',
    deadline: '2027-12-31',
    note: '2027 is a year, not a quantity',
  },
  { goal: '', fails: 'S,M,R,T', note: 'an empty cell: nothing to pass except A' },

  // ---- partly SMART --------------------------------------------------------------------------
  {
    goal: 'Increase revenue by 10%',
    fails: 'R,T',
    note: 'revenue is a metric (specific) but serves no stated driver',
  },
  {
    goal: 'Increase sales by 10% by Q4',
    fails: 'S,R',
    deadline: '2027-12-31',
    note: 'measurable and dated, yet still not specific: which sales?',
  },
  { goal: 'Win more new customers', fails: 'M,T', driver: 'new-customers' },
  { goal: 'Close 12 deals', fails: 'R,T' },
  {
    goal: 'Improve win rate by Q3',
    fails: 'S,M,R',
    deadline: '2027-09-30',
    note: 'a generic verb and a broad metric: whose win rate, in which segment, by how much?',
  },
  { goal: 'Reduce discounting on enterprise deals', fails: 'M,T', driver: 'profitability' },
  { goal: 'Get more referrals from existing customers', fails: 'M,T', driver: 'brand' },
  { goal: 'Expand into the DACH region', fails: 'M,T', driver: 'market-expansion' },
  {
    goal: 'Launch the Atlas analytics module in 2028',
    fails: 'M',
    driver: 'products-services',
    deadline: '2028-12-31',
  },
  {
    goal: 'Grow 2027 revenue',
    fails: 'S,M,R',
    deadline: '2027-12-31',
    note: '"2027 revenue" is a period, not a quantity, and a period does not narrow the revenue',
  },
  { goal: 'Book 30 demos', fails: 'R,T' },
  {
    goal: 'Make 50 calls per week',
    fails: 'R',
    deadline: '2027-07-04',
    note: 'a cadence is a period (due by the end of this week, Sunday); calls alone serve no stated driver',
  },
  { goal: 'Raise average selling price by 5%', fails: 'T', driver: 'profitability' },
  {
    goal: 'Improve customer satisfaction',
    fails: 'S,M,R,T',
    note: 'customer satisfaction is a metric, but nothing narrows it: which customers, by how much?',
  },
  {
    goal: 'Sell more widgets',
    fails: 'M,R,T',
    note: 'S passes through the part-of-speech fallback: "widgets" is an object the vocabulary does not know',
  },
  {
    goal: 'Book demos in May',
    fails: 'M,R',
    deadline: '2028-05-31',
    note: 'May 2027 is over, so the next May',
  },
  {
    goal: 'We may close more deals',
    fails: 'S,M,R,T',
    note: '"may" here is a verb, not the month; "more deals" with no number, segment or product is broad',
  },
  { goal: 'Grow bookings', fails: 'S,M,R,T', note: 'a generic verb and a broad metric' },
  {
    goal: 'Expand the customer base',
    fails: 'S,M,T',
    driver: 'products-services',
    note: 'the customer base, unnarrowed, is broad',
  },
  { goal: 'Get better at renewals', fails: 'S,M,R,T' },
  { goal: 'Improve the funnel', fails: 'S,M,R,T' },
  {
    goal: 'Grow bookings 15% by Q4',
    fails: 'R',
    deadline: '2027-12-31',
    note: 'a number narrows the bookings',
  },
  {
    goal: 'Grow enterprise bookings in EMEA by Q4',
    fails: 'M,R',
    deadline: '2027-12-31',
    note: 'a segment and a region narrow it, though no number is set',
  },
  {
    goal: 'Improve renewals in the top 20 accounts',
    fails: 'M,R,T',
    note: 'a set of accounts narrows it; its 20 says which accounts, not a level to reach',
  },
  { goal: 'Improve win rate at the proposal stage', fails: 'M,R,T', note: 'a stage narrows it' },
  { goal: 'Grow pipeline from the SDR team', fails: 'M,R,T', note: 'a team narrows it' },
  {
    goal: 'Increase revenue from enterprise accounts by double digits',
    fails: 'M,R,T',
    note: '"double digits" is a range, not a target, and not a multiplier',
  },

  // ---- fully SMART, all five drivers, many date forms -----------------------------------------
  {
    goal: 'Increase Q3 revenue from new logos by 15% by September 30, 2027',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-09-30',
  },
  {
    goal: 'Close twelve new logos in EMEA within 90 days',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-09-28',
  },
  {
    goal: 'Book 40 demos with healthcare prospects by end of Q2',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-06-30',
  },
  {
    goal: 'Raise average margin on enterprise deals from 20% to 35% by FY28',
    fails: '',
    driver: 'profitability',
    deadline: '2028-12-31',
    note: 'A: 20% to 35% is a 75% relative increase',
  },
  {
    goal: 'Cross-sell the analytics add-on to 25 existing accounts by Q4 2027',
    fails: '',
    driver: 'products-services',
    deadline: '2027-12-31',
  },
  {
    goal: 'Lift attach rate of premium support from 18% to 30% by March 31, 2028',
    fails: '',
    driver: 'products-services',
    deadline: '2028-03-31',
  },
  {
    goal: 'Sign 5 channel partners in Brazil by end of year',
    fails: '',
    driver: 'market-expansion',
    deadline: '2027-12-31',
  },
  {
    goal: 'Enter the Nordic healthcare vertical with 8 new accounts by 31/12/2027',
    fails: '',
    driver: 'market-expansion',
    deadline: '2027-12-31',
    note: 'two drivers; entering a vertical comes first, so it names the driver',
  },
  {
    goal: 'Collect 20 customer reviews on G2 by next Friday',
    fails: '',
    driver: 'brand',
    deadline: '2027-07-09',
  },
  {
    goal: 'Generate 15 referrals from existing customers in six weeks',
    fails: '',
    driver: 'brand',
    deadline: '2027-08-11',
  },
  {
    goal: 'Cut average discount from 18% to 12% on mid-market deals by FY2028',
    fails: '',
    driver: 'profitability',
    deadline: '2028-12-31',
    note: 'a fall always passes A',
  },
  {
    goal: 'Upsell 40 SMB customers to the Pro plan this quarter',
    fails: '',
    driver: 'products-services',
    deadline: '2027-06-30',
  },
  {
    goal: 'Grow net-new ARR in APAC to $2.5M by 2027-12-31',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-12-31',
  },
  {
    goal: 'Increase brand awareness: publish 6 case studies by Q1 2028',
    fails: '',
    driver: 'brand',
    deadline: '2028-03-31',
  },
  {
    goal: 'Win 3 new verticals (logistics, retail, pharma) worth $600k by H1 2028',
    fails: '',
    driver: 'market-expansion',
    deadline: '2028-06-30',
  },
  {
    goal: 'Add 500 new subscribers to the Basic plan by July 15',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-07-15',
  },
  {
    goal: 'Raise prices on legacy SKUs by 8% by next quarter',
    fails: '',
    driver: 'profitability',
    deadline: '2027-09-30',
  },
  {
    goal: 'Secure 2 reference customers in the public sector by fiscal 2028',
    fails: '',
    driver: 'brand',
    deadline: '2028-12-31',
  },
  {
    goal: 'Close 8 renewals with an upsell by 2027-09-15',
    fails: '',
    driver: 'products-services',
    deadline: '2027-09-15',
  },
  {
    goal: 'Sign 6 new clients by March 31, 2028',
    fails: '',
    driver: 'new-customers',
    deadline: '2028-03-31',
  },
  {
    goal: 'Book 25 meetings with first-time buyers by June',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-06-30',
    note: 'June has not ended on June 30, so this June',
  },
  {
    goal: 'Onboard 4 new resellers in Mexico by 15 Sept 2027',
    fails: '',
    driver: 'market-expansion',
    deadline: '2027-09-15',
  },
  {
    goal: 'Run 10 webinars for brand awareness in the second half of 2027',
    fails: '',
    driver: 'brand',
    deadline: '2027-12-31',
  },
  {
    goal: 'Drive 300 MQLs per month from outbound',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-06-30',
  },
  {
    goal: 'Raise margin on services to 40% by end of next quarter',
    fails: '',
    driver: 'profitability',
    deadline: '2027-09-30',
  },
  {
    goal: 'Get 12 new logos in the next 6 months',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-12-30',
  },
  {
    goal: 'Add 30 new accounts within 30 business days',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-08-11',
  },
  {
    goal: 'Book 10 upsell deals by next month',
    fails: '',
    driver: 'products-services',
    deadline: '2027-07-31',
  },
  {
    goal: 'Win 5 new customers in the insurance vertical by 12/15/2027',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-12-15',
  },
  {
    goal: 'Close a dozen cross-sell deals by FY27 year-end',
    fails: '',
    driver: 'products-services',
    deadline: '2027-12-31',
  },
  {
    goal: 'Sell 200 Acme Pro licenses to new customers in Q3 2027',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-09-30',
  },
  { goal: 'Increase NPS from 40 to 55 by Q4', fails: '', driver: 'brand', deadline: '2027-12-31' },
  {
    goal: 'Sell 24/7 support contracts to 50 existing accounts by Q1',
    fails: '',
    driver: 'products-services',
    deadline: '2028-03-31',
    note: '"24/7" is neither a date nor the quantity; Q1 2027 is over, so Q1 2028',
  },
  {
    goal: 'Close 15 deals at a 5% average discount or less before the end of Q3',
    fails: '',
    driver: 'profitability',
    deadline: '2027-09-30',
  },
  {
    goal: 'Grow SMB bookings 40% year-over-year by Q2 2028 through new channels',
    fails: '',
    driver: 'market-expansion',
    deadline: '2028-06-30',
  },
  {
    goal: 'Grow new customers in Japan from 0 to 10 by Q4',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-12-31',
    note: 'a zero baseline has no growth ratio, so A passes and defers to the Baseline column',
  },
  {
    goal: 'Double cross-sell bookings by Q2 2028',
    fails: '',
    driver: 'products-services',
    deadline: '2028-06-30',
    note: 'doubling is exactly the +100% limit, which is allowed',
  },
  {
    goal: 'Increase pipeline from 200k to 250k in new territories by next quarter',
    fails: '',
    driver: 'market-expansion',
    deadline: '2027-09-30',
  },

  // ---- growth out of reach (A) ----------------------------------------------------------------
  {
    goal: 'Grow new-logo ARR from $1M to $5M by year-end',
    fails: 'A',
    driver: 'new-customers',
    deadline: '2027-12-31',
  },
  {
    goal: 'Triple upsell revenue in EMEA by 31/3/2028',
    fails: 'A',
    driver: 'products-services',
    deadline: '2028-03-31',
  },
  {
    goal: 'Win 10x more enterprise logos this quarter',
    fails: 'A',
    driver: 'new-customers',
    deadline: '2027-06-30',
  },
  {
    goal: 'Grow reseller revenue by 150% in FY28',
    fails: 'A',
    driver: 'market-expansion',
    deadline: '2028-12-31',
  },
  {
    goal: 'Raise win rate from 10% to 30% by Q4',
    fails: 'A,R',
    deadline: '2027-12-31',
    note: 'growth between percentages is relative: 10% to 30% is +200%, not +20 points',
  },

  // ---- tricky ---------------------------------------------------------------------------------
  {
    goal: 'Halve the sales cycle for enterprise deals by year-end',
    fails: 'R',
    deadline: '2027-12-31',
    note: '"halve" is measurable and a fall, so A passes; a shorter cycle serves no single driver',
  },
  { goal: 'Grow revenue to $5M in 2027', fails: 'R', deadline: '2027-12-31' },
  {
    goal: 'Reach 2000 customers by 2028',
    fails: 'R',
    deadline: '2028-12-31',
    note: '"2000 customers" is a count, not the year 2000; customers in total serve no single driver',
  },
  {
    goal: 'Shorten the sales cycle by 10 days by Q4',
    fails: 'R',
    deadline: '2027-12-31',
    note: '"by 10 days" is the amount of the change, not a deadline',
  },
  { goal: 'Reach 110% of quota every month', fails: 'R', deadline: '2027-06-30' },
  {
    goal: 'Close 10 upsell deals in Q3',
    fails: '',
    driver: 'products-services',
    deadline: '2027-09-30',
  },
  // ---- written after the engine, as a check on it ---------------------------------------------
  { goal: 'Boost Q4 bookings in the Midwest by 12%', fails: 'R', deadline: '2027-12-31' },
  {
    goal: 'Increase average deal size to $45,000 by the end of the fiscal year',
    fails: 'R',
    deadline: '2027-12-31',
    note: 'bigger deals are revenue, not margin, so no driver',
  },
  { goal: 'Decrease churn in the SMB segment from 8% to 5% by December', fails: 'R', deadline: '2027-12-31' },
  {
    goal: 'Get 50 five-star reviews on Capterra by Sept 30',
    fails: '',
    driver: 'brand',
    deadline: '2027-09-30',
  },
  { goal: 'Hire two SDRs', fails: 'R,T', note: 'S passes on "SDRs", a noun the vocabulary does not know' },
  {
    goal: 'Expand to 3 new countries in LATAM by 2029',
    fails: '',
    driver: 'market-expansion',
    deadline: '2029-12-31',
  },
  {
    goal: 'Reduce cost of sales to under 12% of revenue by FY2028',
    fails: '',
    driver: 'profitability',
    deadline: '2028-12-31',
  },
  {
    goal: 'Bundle onboarding services with every new license sold this year',
    fails: 'M',
    driver: 'products-services',
    deadline: '2027-12-31',
  },
  { goal: 'Achieve a 25% win rate on competitive deals by next Friday', fails: 'R', deadline: '2027-07-09' },
  {
    goal: 'Convert 30% of trial users to paid plans within 60 days',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-08-29',
  },
  { goal: 'Grow revenue per rep from $800k to $1.1M by year end', fails: 'R', deadline: '2027-12-31' },
  {
    goal: 'Launch a partner program in India and sign 10 distributors by Q1 2028',
    fails: '',
    driver: 'market-expansion',
    deadline: '2028-03-31',
    note: 'launching a program is not a new product, so the distributors name the driver',
  },
  {
    goal: 'Present at 2 industry conferences to build thought leadership by Q4',
    fails: '',
    driver: 'brand',
    deadline: '2027-12-31',
  },
  {
    goal: 'Keep gross margin above 60% all year',
    fails: '',
    driver: 'profitability',
    deadline: '2027-12-31',
  },
  {
    goal: 'Sign our first 5 customers in the UK by 1 March 2028',
    fails: '',
    driver: 'new-customers',
    deadline: '2028-03-01',
  },
  {
    goal: 'Close $3M in new business from healthcare by the close of Q3',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-09-30',
  },
  { goal: 'Have 100 active pilots running by mid-2028', fails: 'R', deadline: '2028-06-30' },
  {
    goal: 'Reduce average discount to 10% or less by 10/1/2027',
    fails: '',
    driver: 'profitability',
    deadline: '2027-10-01',
  },
  {
    goal: 'Generate 1,500 leads from LinkedIn ads in Q3 2027',
    fails: '',
    driver: 'new-customers',
    deadline: '2027-09-30',
  },
  {
    goal: 'Improve forecast accuracy to within 5% by the end of the quarter',
    fails: 'R',
    deadline: '2027-06-30',
  },
  { goal: 'Grow the Zendo subscription base 30% by Q2 2028', fails: 'R', deadline: '2028-06-30' },
  {
    goal: 'Increase profit per deal by $2,000 by 2028',
    fails: '',
    driver: 'profitability',
    deadline: '2028-12-31',
    note: 'an amount of change with no baseline: A cannot judge it from the text',
  },
  {
    goal: 'Sell €40,000 of training services to existing clients within a quarter',
    fails: '',
    driver: 'products-services',
    deadline: '2027-09-30',
  },
  { goal: 'Grow revenue tenfold', fails: 'A,R,T' },
  {
    goal: 'Secure three speaking slots at industry events by November 2027',
    fails: '',
    driver: 'brand',
    deadline: '2027-11-30',
  },
];
