import { probabilityMismatch } from '../../../shared/rules/pipeline/probabilityMismatch';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Probability'];
const STAGES = [
  { name: 'Discovery', probability: 0.2 },
  { name: 'Proposal', probability: 0.5 },
  { name: 'Won', closed: 'won' as const },
  { name: 'Lost', closed: 'lost' as const },
];

ruleTester(probabilityMismatch, {
  valid: [
    {
      name: 'probabilities that fit their stages, however written',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '50%'],
        ['D-2', 'Ann', 'Won', 100, 1],
        ['D-3', 'Ann', 'Lost', 100, 0],
        ['D-4', 'Ann', 'Proposal', 100, 35],
      ],
    },
    {
      name: 'with configured probabilities, within the tolerance',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, 0.7], ['D-2', 'Ann', 'Discovery', 100, '10%']],
    },
    {
      name: 'no probability, or an unreadable one',
      rows: [H, ['D-1', 'Ann', 'Won', 100, ''], ['D-2', 'Ann', 'Won', 100, 'soon']],
    },
  ],
  invalid: [
    {
      name: 'a won deal below 100%, a lost one above 0%, an open one at 0% or 100%',
      rows: [
        H,
        ['D-1', 'Ann', 'Won', 100, '90%'],
        ['D-2', 'Ann', 'Lost', 100, 0.1],
        ['D-3', 'Ann', 'Proposal', 100, 100],
        ['D-4', 'Ann', 'Proposal', 100, '0%'],
      ],
      errors: [
        {
          message: 'Probability contradicts the stage: a won deal is certain, not 90%',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Set to 100%', value: '100%' }],
        },
        {
          message: 'Probability contradicts the stage: a lost deal has no chance left, not 10%',
          address: 'Pipeline!E3',
          fixes: [{ title: 'Set to 0%', value: 0 }],
        },
        {
          message:
            'Probability contradicts the stage: an open deal in Proposal is neither certain nor lost, yet it says 100%',
          address: 'Pipeline!E4',
          fixes: [],
        },
        { message: /yet it says 0%$/, address: 'Pipeline!E5' },
      ],
    },
    {
      name: 'far from the configured stage probability, with a fix written as the cell writes it',
      config: { stages: STAGES },
      options: { tolerance: 0.1 },
      rows: [H, ['D-1', 'Ann', 'Discovery', 100, 60]],
      errors: [
        {
          message: 'Probability contradicts the stage: 60% is far from the 20% the config gives Discovery',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Set to 20%', value: 20 }],
        },
      ],
    },
  ],
});
