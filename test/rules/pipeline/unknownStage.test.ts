import type { PipelintConfig } from '../../../shared/engine/config';
import { unknownStage } from '../../../shared/rules/pipeline/unknownStage';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];
/** Without stages in the config, only a rare near miss of another stage is reported. */
const MISSPELT = 'looks like a misspelling: it is rare and close to another stage';

const STAGES: PipelintConfig['stages'] = [
  { name: 'Discovery' },
  { name: 'Demo' },
  { name: 'Commit', aliases: ['Verbal'] },
  { name: 'Closed Won', closed: 'won' },
  { name: 'Closed Lost', closed: 'lost' },
];

ruleTester(unknownStage, {
  valid: [
    {
      name: 'the built-in stage names',
      rows: [
        H,
        ...['Lead', 'Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Won', 'Lost'].map((s, i) => [
          `D-${i}`,
          'Ann',
          s,
          100,
        ]),
      ],
    },
    {
      name: 'built-in aliases such as "Closed Won" and "Proposal Sent"',
      rows: [
        H,
        ['D-1', 'Ann', 'Closed Won', 100],
        ['D-2', 'Ann', 'Closed Lost', 100],
        ['D-3', 'Ann', 'Proposal Sent', 100],
        ['D-4', 'Ann', 'Verbal Commit', 100],
        ['D-5', 'Ann', 'Qualified', 100],
      ],
    },
    {
      name: 'case, spacing and punctuation do not count',
      rows: [
        H,
        ['D-1', 'Ann', 'closed-won', 100],
        ['D-2', 'Ann', 'NEGOTIATION', 100],
        ['D-3', 'Ann', '  proposal  ', 100],
        ['D-4', 'Ann', 'Needs_Analysis', 100],
        ['D-5', 'Ann', 'closed   lost', 100],
      ],
    },
    {
      name: 'a blank stage is not an unknown one',
      rows: [H, ['D-1', 'Ann', '', 100], ['D-2', 'Ann', null, 100], ['D-3', 'Ann', '   ', 100]],
    },
    {
      name: 'configured stages and their aliases',
      config: { stages: STAGES },
      rows: [
        H,
        ['D-1', 'Ann', 'Discovery', 100],
        ['D-2', 'Ann', 'verbal', 100],
        ['D-3', 'Ann', 'closed won', 100],
      ],
    },
    {
      name: 'an error value in the stage cell is left to invalid-value',
      rows: [H, ['D-1', 'Ann', '#N/A', 100]],
    },
    {
      name: 'without stages in the config, the team’s own stage names are learnt, numbers included',
      rows: [
        H,
        ['D-1', 'Ann', 'Intro call', 100],
        ['D-2', 'Ann', 'Pilot', 100],
        ['D-3', 'Ann', 'Waiting on legal', 100],
        ['D-4', 'Ann', 3, 100],
        ['D-5', 'Ann', 'Closed Won', 100],
      ],
    },
    {
      name: 'two spellings used as often as each other are two stages, not a typo',
      rows: [H, ['D-1', 'Ann', 'Pilot', 100], ['D-2', 'Ann', 'Pilots', 100], ['D-3', 'Ann', 'Pilot', 100]],
    },
  ],
  invalid: [
    {
      name: 'a misspelt stage gets a did-you-mean fix',
      rows: [H, ['D-1', 'Ann', 'Negotiaton', 100]],
      errors: [
        {
          message: `Stage "Negotiaton" ${MISSPELT}; did you mean "Negotiation"?`,
          address: 'Pipeline!C2',
          fixes: [{ title: 'Change to "Negotiation"', value: 'Negotiation' }],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'a misspelt alias suggests the stage it stands for',
      rows: [H, ['D-1', 'Ann', 'Closed Wn', 100]],
      errors: [
        {
          address: 'Pipeline!C2',
          message: `Stage "Closed Wn" ${MISSPELT}; did you mean "Won"?`,
          fixes: [{ title: 'Change to "Won"', value: 'Won' }],
        },
      ],
    },
    {
      name: 'a stage the config does not list, with nothing close, gets no fix',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Waiting on legal', 100]],
      errors: [
        {
          message: /^Stage "Waiting on legal" is not one of the configured stages/,
          address: 'Pipeline!C2',
          fixes: [],
        },
      ],
    },
    {
      name: 'with configured stages, the built-in names are unknown and the list is named',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], ['D-2', 'Ann', 'Demo', 100], ['D-3', 'Ann', 'Won', 100]],
      errors: [
        {
          message:
            'Stage "Proposal" is not one of the configured stages (Discovery, Demo, Commit, Closed Won or Closed Lost)',
          address: 'Pipeline!C2',
          fixes: [],
        },
        {
          message:
            'Stage "Won" is not one of the configured stages (Discovery, Demo, Commit, Closed Won or Closed Lost)',
          address: 'Pipeline!C4',
        },
      ],
    },
    {
      name: 'a configured stage misspelt suggests the configured name',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Dicsovery', 100]],
      errors: [
        {
          address: 'Pipeline!C2',
          message: /; did you mean "Discovery"\?$/,
          fixes: [{ title: 'Change to "Discovery"', value: 'Discovery' }],
        },
      ],
    },
    {
      name: 'a rare near miss of a frequent stage of the team’s own',
      rows: [
        H,
        ...Array.from({ length: 6 }, (_, i) => [`D-${i}`, 'Ann', 'Pilot', 100]),
        ['D-9', 'Bob', 'Pillot', 100],
      ],
      errors: [
        {
          message: `Stage "Pillot" ${MISSPELT}; did you mean "Pilot"?`,
          address: 'Pipeline!C8',
          fixes: [{ title: 'Change to "Pilot"', value: 'Pilot' }],
        },
      ],
    },
    {
      name: 'each unknown stage is reported on its own row',
      rows: [
        ['Owner', 'Stage', 'Deal'],
        ['Ann', 'Propsal', 'D-1'],
        ['Bob', 'Proposal', 'D-2'],
        ['Cy', 'Prospectin', 'D-3'],
      ],
      errors: [
        {
          address: 'Pipeline!B2',
          fixes: [{ title: 'Change to "Proposal"', value: 'Proposal' }],
          deal: 'D-1',
          owner: 'Ann',
        },
        {
          address: 'Pipeline!B4',
          fixes: [{ title: 'Change to "Prospecting"', value: 'Prospecting' }],
          deal: 'D-3',
          owner: 'Cy',
        },
      ],
    },
  ],
});
