import { findTimeSpans, latestSpan } from '../../../shared/analyses/goals/deadline';
import { analyzeGoal } from '../../../shared/analyses/goals/smart';
import { day, iso } from './days';

const asOf = day('2027-06-30');

/** The deadline a phrase resolves to, as YYYY-MM-DD, or undefined when it names none. */
function deadlineOf(text: string, on = asOf, dateOrder?: 'MDY' | 'DMY'): string | undefined {
  const latest = latestSpan(findTimeSpans(text, on, dateOrder));
  return latest && iso(latest.day);
}

describe('deadline resolution, as of 2027-06-30', () => {
  it.each([
    ['by Q3', '2027-09-30'],
    ['by year-end', '2027-12-31'],
    ['FY28', '2028-12-31'],
    ['within 90 days', '2027-09-28'],
  ])('%s → %s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('reads "next quarter" as the next calendar quarter: Q3 on June 30, Q4 a day later', () => {
    expect(deadlineOf('next quarter')).toBe('2027-09-30');
    expect(deadlineOf('next quarter', day('2027-07-01'))).toBe('2027-12-31');
    expect(deadlineOf('by the end of next quarter', day('2027-05-15'))).toBe('2027-09-30');
  });

  it.each([
    // quarters and halves
    ['Q3 2027', '2027-09-30'],
    ["Q3 '28", '2028-09-30'],
    ['Q1 FY28', '2028-03-31'],
    ['3Q 2027', '2027-09-30'],
    ['by end of Q2', '2027-06-30'],
    ['by Q1', '2028-03-31'],
    ['the third quarter of 2028', '2028-09-30'],
    ['this quarter', '2027-06-30'],
    ['end of the quarter', '2027-06-30'],
    ['EOQ', '2027-06-30'],
    ['H1 2028', '2028-06-30'],
    ['second half of 2027', '2027-12-31'],
    ['by mid-year', '2027-06-30'],
    ['by mid-2028', '2028-06-30'],
    // fiscal and calendar years
    ['FY 2029', '2029-12-31'],
    ["FY'27", '2027-12-31'],
    ['fiscal 2027', '2027-12-31'],
    ['fiscal year 2028', '2028-12-31'],
    ['this fiscal year', '2027-12-31'],
    ['next fiscal year', '2028-12-31'],
    ['end of year', '2027-12-31'],
    ['by the end of the year', '2027-12-31'],
    ['EOY', '2027-12-31'],
    ['next year', '2028-12-31'],
    ['by 2029', '2029-12-31'],
    ['end of 2028', '2028-12-31'],
    // months, weeks, days
    ['by June', '2027-06-30'],
    ['by May', '2028-05-31'],
    ['by June 2028', '2028-06-30'],
    ['next month', '2027-07-31'],
    ['month-end', '2027-06-30'],
    ['this week', '2027-07-04'],
    ['next week', '2027-07-11'],
    ['by next Friday', '2027-07-09'],
    ['by tomorrow', '2027-07-01'],
    // dates
    ['by 2027-09-15', '2027-09-15'],
    ['by March 31, 2027', '2027-03-31'],
    ['31 March 2028', '2028-03-31'],
    ['by 31/3/2028', '2028-03-31'],
    ['by 12/15/2027', '2027-12-15'],
    ['by Sept 30', '2027-09-30'],
    ['by 3/31', '2028-03-31'],
    // durations and cadences
    ['in six weeks', '2027-08-11'],
    ['over the next 6 months', '2027-12-30'],
    ['within 30 business days', '2027-08-11'],
    ['within a quarter', '2027-09-30'],
    ['in 2 years', '2029-06-30'],
    ['per week', '2027-07-04'],
    ['every month', '2027-06-30'],
    ['quarterly', '2027-06-30'],
  ])('%s → %s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('reads an ambiguous numeric date month-first unless told otherwise', () => {
    expect(deadlineOf('by 3/4/2028')).toBe('2028-03-04');
    expect(deadlineOf('by 3/4/2028', asOf, 'DMY')).toBe('2028-04-03');
    expect(analyzeGoal('Close 5 deals by 3/4/2028', { asOf, dateOrder: 'DMY' }).deadline?.day).toBe(
      day('2028-04-03'),
    );
  });

  it.each([
    ['from 20% to 35%'],
    ['close 12 deals at 5'],
    ['we may close more deals'],
    ['march on'],
    ['24/7 support'],
    ['cut the sales cycle by 10 days'],
    ['from $1M to $5M'],
    ['1.5M in pipeline'],
    ['reach 2000 customers'],
    ['win 3 accounts now'],
    ['double-digit growth'],
    ['a second demo'],
    [''],
  ])('finds no deadline in "%s"', (text) => {
    expect(findTimeSpans(text, asOf)).toEqual([]);
  });

  it('takes the latest of several periods, and the fuller expression on a tie', () => {
    const spans = findTimeSpans('Grow Q3 revenue 10% over 2026 levels by September 30, 2027', asOf);
    expect(spans.map((s) => s.evidence.text)).toEqual(['Q3', '2026', 'by September 30, 2027']);
    expect(latestSpan(spans)?.evidence.text).toBe('by September 30, 2027');
    expect(deadlineOf('Book 40 demos by end of Q2 and close 10 of them by Q4')).toBe('2027-12-31');
  });

  it('underlines the lead-in word with the date', () => {
    const goal = 'Close 8 deals before the end of Q3';
    const [span] = findTimeSpans(goal, asOf);
    expect(span.evidence.text).toBe('before the end of Q3');
    expect(goal.slice(span.evidence.start, span.evidence.end)).toBe(span.evidence.text);
  });

  it('keeps a deadline already past, and says so', () => {
    const analysis = analyzeGoal('Close 10 upsell deals by March 31, 2027', { asOf });
    expect(analysis.criteria.T.pass).toBe(true);
    expect(analysis.criteria.T.reason).toBe(
      'due 2027-03-31 (already past on 2027-06-30), from "by March 31, 2027"',
    );
  });
});
