import { lintWorkbook, readWorkbook } from '../../shared/engine/engine';
import type { SheetSnapshot } from '../../shared/ground/types';
import { RULES } from '../../shared/rules';
import { testConfig } from '../sheets/read';

const USERS: SheetSnapshot = {
  name: 'Users',
  values: [
    ['OwnerId', 'Name', 'Email'],
    ['005A1', 'Ann Lee', 'ann@example.com'],
    ['005B2', 'Bob Roy', 'bob@example.com'],
  ],
};

const PIPELINE: SheetSnapshot = {
  name: 'Opportunities',
  values: [
    ['Opportunity ID', 'OwnerId', 'StageName', 'Amount', 'CloseDate'],
    ['006-1', '005A1', 'Proposal', 100, '2027-05-01'],
    ['006-2', '005b2', 'Proposal', 200, '2027-09-01'],
    ['006-3', '005Z', 'Proposal', 300, '2027-09-01'],
  ],
};

describe('ids resolved through a lookup list', () => {
  it('a deal owned by an id is owned by the name the list gives; an unknown id stays as written', () => {
    const model = readWorkbook({ sheets: [USERS, PIPELINE] }, testConfig());
    expect(model.tables('pipeline')[0].rows.map((d) => d.owner)).toEqual(['Ann Lee', 'Bob Roy', '005Z']);
    // The cell keeps the id: nothing the user wrote changes.
    expect(PIPELINE.values[1][1]).toBe('005A1');
  });

  it('diagnostics name the person, and a column of names beside the ids is left as it is', () => {
    const result = lintWorkbook({ sheets: [USERS, PIPELINE] }, testConfig(), RULES);
    const overdue = result.diagnostics.find((d) => d.ruleId === 'pipeline/close-date-past')!;
    expect(overdue).toMatchObject({ deal: '006-1', owner: 'Ann Lee' });

    const named: SheetSnapshot = {
      name: 'Opportunities',
      values: [
        ['Opportunity ID', 'OwnerId', 'Owner name', 'StageName'],
        ['006-1', '005A1', 'Annie Lee', 'Proposal'],
      ],
    };
    const model = readWorkbook({ sheets: [USERS, named] }, testConfig());
    expect(model.tables('pipeline')[0].rows[0].owner).toBe('Annie Lee');
  });

  it('a list of names is no list of ids: nothing is renamed', () => {
    const team: SheetSnapshot = {
      name: 'Team',
      values: [
        ['Sales rep', 'Manager'],
        ['005A1', 'Dana'],
      ],
    };
    const model = readWorkbook({ sheets: [team, PIPELINE] }, testConfig());
    expect(model.tables('pipeline')[0].rows[0].owner).toBe('005A1');
  });
});
