import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';

export const unusedSuppression = defineRule({
  meta: {
    id: 'workbook/unused-suppression',
    category: 'workbook',
    defaultSeverity: 'warning',
    description: 'A "Lint ignore" cell names a rule that reports nothing on that row.',
    docs:
      'A "Lint ignore" column lets a team silence a rule for one row, with the rule ids in the cell (or * for ' +
      'all), much like a disable comment in code. Once the row is fixed, the entry silences nothing, and left ' +
      'in place it would hide the next real problem. Entries that silence nothing, or that name no rule, are ' +
      'reported with a fix that removes them.',
    options: noOptions,
  },
  // The engine applies "Lint ignore" cells after every rule has reported, on every sheet kind, and
  // reports the entries that silenced nothing under this id (see engine/suppression.ts); the rule
  // itself only carries the id, severity and docs a user configures.
  create: () => ({}),
});
