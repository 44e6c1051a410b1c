import { unknownStage } from '../../../shared/rules/adoption/unknownStage';
import { ruleTester } from '../../ruleTester';

const H = ['Person', 'Change', 'Stage', 'In stage since', 'Evidence', 'Personal impact', 'Lint ignore'];

ruleTester(unknownStage, {
  valid: [
    {
      name: 'the four stages',
      rows: [H, ['Maya', 'Log calls', 'Consideration'], ['Sam', 'Log calls', 'Adoption']],
    },
    { name: 'case and spacing do not count', rows: [H, ['Maya', 'Log calls', '  introduction ']] },
    { name: 'a blank stage', rows: [H, ['Maya', 'Log calls', null]] },
    {
      name: 'suppressed on the row',
      rows: [H, ['Maya', 'Log calls', 'Trialing', null, null, null, 'adoption/unknown-stage']],
    },
  ],
  invalid: [
    {
      name: 'the diagnostic names the person, so the panel can filter by owner',
      rows: [H, ['Maya Chen', 'Log calls', 'Trialing']],
      errors: [
        { message: /"Trialing", which is not a stage of change/, address: 'Adoption!C2', owner: 'Maya Chen' },
      ],
    },
    {
      name: 'a typo, with a did-you-mean fix',
      rows: [H, ['Maya Chen', 'Log every call', 'Contemplaton']],
      errors: [
        {
          message:
            'Maya Chen on "Log every call" is in stage "Contemplaton", which is not a stage of change; ' +
            'expected Consideration, Contemplation, Introduction or Adoption. Did you mean "Contemplation"?',
          address: 'Adoption!C2',
          fixes: [{ title: 'Change to "Contemplation"', value: 'Contemplation' }],
        },
      ],
    },
    {
      name: 'a word nowhere near a stage: no fix',
      rows: [H, ['Sam', 'Log calls', 'Done']],
      errors: [
        {
          message: /"Done", which is not a stage of change; expected .* or Adoption$/,
          address: 'Adoption!C2',
          fixes: [],
        },
      ],
    },
  ],
});
