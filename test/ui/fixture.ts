import type { CellValue, WorkbookSnapshot } from '../../shared/ground/types';
import type { PipelintConfig } from '../../shared/engine/config';

/**
 * A small workbook with one problem of each kind the panel test drives: an unknown stage with a
 * fix, a missing owner, a stalled deal, a sheet Pipelint does not recognise.
 */
const HEADER: CellValue[] = [
  'Deal',
  'Owner',
  'Stage',
  'Amount',
  'Created',
  'Close Date',
  'Last Activity',
  'Next Step',
];

export function fixtureWorkbook(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: 'Pipeline',
        values: [
          HEADER,
          [
            'Acme renewal',
            'Ana',
            'Negotiaton',
            12000,
            '2027-05-01',
            '2027-08-15',
            '2027-06-20',
            'Send contract',
          ],
          ['Globex pilot', '', 'Proposal', 8000, '2027-05-10', '2027-09-01', '2027-06-25', 'Book demo'],
          ['Initech upsell', 'Ben', 'Proposal', 5000, '2027-02-01', '2027-09-30', '2027-03-01', 'Call CFO'],
          ['Umbrella', 'Ana', 'Won', 20000, '2027-01-10', '2027-03-01', '2027-03-01', 'Kick-off'],
        ],
      },
      {
        name: 'West',
        values: [
          HEADER,
          ['Hooli', 'Cara', 'Qualification', 3000, '2027-06-01', '2027-10-01', '2027-06-28', 'Intro call'],
          ['Stark', 'Cara', 'Proposal', -400, '2027-06-01', '2027-10-01', '2027-06-28', 'Revise quote'],
        ],
      },
      { name: 'Notes', values: [['Remember to update weekly']] },
    ],
  };
}

/** The pipeline above with an activity log and an execution path, for the pace summary. */
export function pathsWorkbook(): WorkbookSnapshot {
  return {
    sheets: [
      fixtureWorkbook().sheets[0],
      {
        name: 'Activities',
        values: [
          ['Week of', 'Rep', 'Calls'],
          ['2027-06-28', 'Ana', 12],
          ['2027-06-28', 'Ben', 40],
        ],
      },
      {
        name: 'Path',
        values: [
          ['Kind', 'Step', 'Owner', 'Measure', 'Target'],
          ['Behavior', 'Call customers', 'Each rep', 'SUM(Activities[Calls])', '60 per week'],
        ],
      },
    ],
  };
}

export const FIXTURE_CONFIG: PipelintConfig = {
  asOf: '2027-06-30',
  stages: [
    { name: 'Qualification', maxDays: 60 },
    { name: 'Proposal', maxDays: 30 },
    { name: 'Negotiation', maxDays: 30 },
    { name: 'Won', closed: 'won' },
    { name: 'Lost', closed: 'lost' },
  ],
};
