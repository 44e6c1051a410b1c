import { loadConfig, lint, RULES } from '../../../shared';
import { unusedSuppression } from '../../../shared/rules/workbook/unusedSuppression';
import type { CellValue } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Lint ignore'];
const OWNER = 'pipeline/missing-owner';
const NEGATIVE = 'pipeline/negative-amount';
const UNCOVERED = 'coverage/priority-uncovered';
const COVERAGE_H = ['Priority', 'Enablement', 'Coaching', 'Compensation', 'Lint ignore'];
const NO_EVIDENCE = 'adoption/no-evidence';
const ADOPTION_H = ['Person', 'Change', 'Stage', 'Evidence', 'Lint ignore'];

ruleTester(unusedSuppression, {
  valid: [
    {
      name: 'a path step whose entry silences a path rule',
      alsoEnable: ['path/unknown-kind'],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        {
          name: 'Path',
          values: [
            ['Kind', 'Step', 'Measure', 'Target', 'Lint ignore'],
            ['Stuff', 'Calls', 'SUM(Activities[Calls])', 40, 'path/unknown-kind'],
          ],
        },
      ],
    },
    {
      name: 'an adoption row whose entry silences an adoption rule',
      alsoEnable: [NO_EVIDENCE],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        { name: 'Adoption', values: [ADOPTION_H, ['Ann', 'Log calls', 'Adoption', null, NO_EVIDENCE]] },
      ],
    },
    {
      name: 'a coverage row whose entry silences a coverage rule',
      alsoEnable: [UNCOVERED],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        { name: 'Coverage', values: [COVERAGE_H, ['Log calls in the CRM', null, null, null, UNCOVERED]] },
      ],
    },
    {
      name: 'no "Lint ignore" column',
      alsoEnable: [OWNER],
      rows: [
        ['Deal', 'Owner', 'Stage', 'Amount'],
        ['D-1', '', 'Proposal', 100],
      ],
    },
    {
      name: 'a listed rule that fires on the row is silenced, and the entry is used',
      alsoEnable: [OWNER],
      rows: [H, ['D-1', '', 'Proposal', 100, OWNER]],
    },
    {
      name: '"*" that silences something is used',
      alsoEnable: [OWNER],
      rows: [H, ['D-1', '', 'Proposal', 100, '*']],
    },
    {
      name: 'several entries, separated by commas, semicolons or spaces, all used',
      alsoEnable: [OWNER, NEGATIVE],
      rows: [
        H,
        ['D-1', '', 'Proposal', -100, `${OWNER}, ${NEGATIVE}`],
        ['D-2', '', 'Proposal', -100, `${NEGATIVE};${OWNER}`],
        ['D-3', '', 'Proposal', -100, `  ${OWNER}   ${NEGATIVE} `],
      ],
    },
    {
      name: 'blank "Lint ignore" cells',
      alsoEnable: [OWNER],
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, ''],
        ['D-2', 'Ann', 'Proposal', 100, null],
        ['D-3', 'Ann', 'Proposal', 100, '  '],
      ],
    },
    {
      name: 'a "Pipelint ignore" header is the same column',
      alsoEnable: [OWNER],
      rows: [
        ['Deal', 'Owner', 'Stage', 'Pipelint-Ignore'],
        ['D-1', '', 'Proposal', OWNER],
      ],
    },
  ],
  invalid: [
    {
      name: 'a path step whose entry silences nothing (path sheets are checked too)',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        {
          name: 'Path',
          values: [
            ['Kind', 'Step', 'Measure', 'Target', 'Lint ignore'],
            ['Behavior', 'Calls', 'SUM(Activities[Calls])', 40, 'path/unknown-kind'],
          ],
        },
      ],
      errors: [
        {
          message: '"path/unknown-kind" is ignored on this row, but it reports nothing here',
          address: 'Path!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
      ],
    },
    {
      name: 'an adoption row names its person, like a deal names its owner',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        { name: 'Adoption', values: [ADOPTION_H, ['Maya', 'Log calls', 'Adoption', 'CRM', NO_EVIDENCE]] },
      ],
      errors: [
        {
          message: `"${NO_EVIDENCE}" is ignored on this row, but it reports nothing here`,
          address: 'Adoption!E2',
          owner: 'Maya',
        },
      ],
    },
    {
      name: 'an adoption row whose entry silences nothing',
      alsoEnable: [NO_EVIDENCE],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        { name: 'Adoption', values: [ADOPTION_H, ['Ann', 'Log calls', 'Adoption', 'Call log', NO_EVIDENCE]] },
      ],
      errors: [
        {
          message: `"${NO_EVIDENCE}" is ignored on this row, but it reports nothing here`,
          address: 'Adoption!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
      ],
    },
    {
      name: 'a coverage row whose entry silences nothing',
      alsoEnable: [UNCOVERED],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '']],
      sheets: [
        {
          name: 'Coverage',
          values: [COVERAGE_H, ['Run joint calls', null, 'x', null, `${UNCOVERED}, coverage/skil-only`]],
        },
      ],
      errors: [
        {
          message: `"${UNCOVERED}" is ignored on this row, but it reports nothing here`,
          address: 'Coverage!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
        {
          message: '"coverage/skil-only" is not a rule; did you mean "coverage/skill-only"?',
          address: 'Coverage!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
      ],
    },
    {
      name: 'a listed rule that reports nothing on the row',
      alsoEnable: [OWNER],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, OWNER]],
      errors: [
        {
          message: '"pipeline/missing-owner" is ignored on this row, but it reports nothing here',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'one entry used and one not: the fix keeps the used one',
      alsoEnable: [OWNER, NEGATIVE],
      rows: [H, ['D-1', '', 'Proposal', 100, `${OWNER} ${NEGATIVE}`]],
      errors: [
        {
          message: '"pipeline/negative-amount" is ignored on this row, but it reports nothing here',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Keep only "pipeline/missing-owner"', value: 'pipeline/missing-owner' }],
        },
      ],
    },
    {
      name: 'an unknown rule id gets a did-you-mean',
      alsoEnable: [OWNER],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, 'pipeline/missing-ownr']],
      errors: [
        {
          message: '"pipeline/missing-ownr" is not a rule; did you mean "pipeline/missing-owner"?',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
      ],
    },
    {
      name: 'an unknown id with nothing close',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, 'todo']],
      errors: [
        {
          address: 'Pipeline!E2',
          message: '"todo" is not a rule',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
      ],
    },
    {
      name: '"*" that silences nothing is reported like any other entry',
      alsoEnable: [OWNER],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '*']],
      errors: [
        {
          message: '"*" is ignored on this row, but it reports nothing here',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
      ],
    },
    {
      name: '"*" does not silence the report about an unknown id beside it',
      alsoEnable: [OWNER],
      rows: [H, ['D-1', '', 'Proposal', 100, 'pipeline/nope *']],
      errors: [
        {
          address: 'Pipeline!E2',
          message: '"pipeline/nope" is not a rule',
          fixes: [{ title: 'Keep only "*"', value: '*' }],
        },
      ],
    },
    {
      name: 'a rule that is turned off reports nothing, so its entry is unused',
      rows: [H, ['D-1', '', 'Proposal', 100, OWNER]],
      errors: [
        {
          address: 'Pipeline!E2',
          message: '"pipeline/missing-owner" is ignored on this row, but it reports nothing here',
        },
      ],
    },
    {
      name: 'workbook rules cannot be silenced from a row',
      alsoEnable: ['workbook/duplicate-header'],
      rows: [
        ['Deal', 'Owner', 'Stage', 'Owner', 'Lint ignore'],
        ['D-1', 'Ann', 'Proposal', 'Ann', 'workbook/duplicate-header'],
      ],
      errors: [
        {
          message: '"workbook/duplicate-header" is ignored on this row, but it reports nothing here',
          address: 'Pipeline!E2',
        },
      ],
    },
    {
      name: 'each unused entry on each row is reported',
      alsoEnable: [OWNER],
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, `${OWNER}, x`],
        ['D-2', '', 'Proposal', 100, ''],
        ['D-3', '', 'Proposal', 100, `${OWNER} ${OWNER}s`],
      ],
      errors: [
        {
          address: 'Pipeline!E2',
          message: /^"pipeline\/missing-owner" is ignored/,
          fixes: [{ title: 'Clear the cell', value: '' }],
        },
        { address: 'Pipeline!E2', message: '"x" is not a rule' },
        {
          address: 'Pipeline!E4',
          message: '"pipeline/missing-owners" is not a rule; did you mean "pipeline/missing-owner"?',
          fixes: [{ title: 'Keep only "pipeline/missing-owner"', value: 'pipeline/missing-owner' }],
        },
      ],
    },
  ],
});

describe('suppression in a full lint', () => {
  const rows: CellValue[][] = [
    H,
    ['D-1', '', 'Proposal', -5, OWNER],
    ['D-2', '', 'Proposal', -5, '*'],
    ['D-3', '', 'Proposal', -5, ''],
  ];
  const off = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']));
  const config = loadConfig({
    asOf: '2027-06-30',
    rules: { ...off, [OWNER]: 'warning', [NEGATIVE]: 'error', 'workbook/unused-suppression': 'warning' },
  });
  if (!config.ok) throw new Error('bad config');
  const found = lint({ sheets: [{ name: 'Pipeline', values: rows }] }, config.config).diagnostics.map(
    (d) => `${d.ruleId} ${d.location.address}`,
  );

  it('silences only the listed rule on its own row', () => {
    expect(found).toContain(`${NEGATIVE} Pipeline!D2`);
    expect(found).not.toContain(`${OWNER} Pipeline!B2`);
  });

  it('"*" silences every pipeline rule on its row', () => {
    expect(found.filter((d) => d.endsWith('!B3') || d.endsWith('!D3'))).toEqual([]);
  });

  it('rows without suppressions report everything, and no suppression is reported unused', () => {
    expect(found).toEqual([`${NEGATIVE} Pipeline!D2`, `${OWNER} Pipeline!B4`, `${NEGATIVE} Pipeline!D4`]);
  });
});
