import { stageSkipped } from '../../../shared/rules/pipeline/stageSkipped';
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import type { PipelintConfig } from '../../../shared/engine/config';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Close date'];
const history = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'Pipeline history',
  values: [['Timestamp', 'Deal', 'Field', 'From', 'To'], ...rows],
});
const config: Omit<PipelintConfig, 'rules'> = {
  stages: [
    { name: 'Discovery' },
    { name: 'Demo', required: true },
    { name: 'Proposal' },
    { name: 'Negotiation', required: true },
    { name: 'Won', closed: 'won' },
    { name: 'Lost', closed: 'lost' },
  ],
};
const rows = [H, ['D-1', 'Ana', 'Proposal', '2027-08-01']];

ruleTester(stageSkipped, {
  valid: [
    { name: 'no history: nothing to judge', rows, config },
    {
      name: 'through every required stage',
      rows,
      config,
      sheets: [
        history(
          ['2027-05-01', 'D-1', 'Stage', 'Discovery', 'Demo'],
          ['2027-05-20', 'D-1', 'Stage', 'Demo', 'Proposal'],
        ),
      ],
    },
    {
      name: 'no stage is required',
      rows,
      sheets: [history(['2027-05-01', 'D-1', 'Stage', 'Discovery', 'Proposal'])],
    },
    {
      name: 'a move to a lost stage is not a skip',
      rows: [H, ['D-1', 'Ana', 'Lost', '2027-08-01']],
      config,
      sheets: [history(['2027-05-01', 'D-1', 'Stage', 'Discovery', 'Lost'])],
    },
    {
      name: 'a move backwards, and the first snapshot (from blank)',
      rows,
      config,
      sheets: [
        history(
          ['2027-05-01', 'D-1', 'Stage', '', 'Proposal'],
          ['2027-05-02', 'D-1', 'Stage', 'Negotiation', 'Discovery'],
        ),
      ],
    },
    {
      name: "another deal's skip",
      rows,
      config,
      sheets: [history(['2027-05-01', 'D-2', 'Stage', 'Discovery', 'Proposal'])],
    },
  ],
  invalid: [
    {
      name: 'past one required stage',
      rows,
      config,
      sheets: [history(['2027-05-01', 'd-1', 'Stage', 'Discovery', 'Proposal'])],
      errors: [
        {
          address: 'Pipeline!C2',
          message:
            'Moved from Discovery to Proposal on 2027-05-01, skipping Demo; that stage is required, so a deal should pass through it',
          related: ["'Pipeline history'!E2"],
          deal: 'D-1',
        },
      ],
    },
    {
      name: 'past two, to Won, by stage alias and case',
      rows: [H, ['D-1', 'Ana', 'Won', '2027-08-01']],
      config,
      sheets: [
        history(
          ['2027-06-01', 'D-1', 'stage', 'discovery', 'WON'],
          ['2027-05-01', 'D-1', 'Amount', '', '100'],
        ),
      ],
      errors: [
        {
          address: 'Pipeline!C2',
          message: /skipping Demo and Negotiation; those stages are required/,
          related: ["'Pipeline history'!E2"],
        },
      ],
    },
  ],
});
