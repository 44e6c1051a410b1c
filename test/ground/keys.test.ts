import { isIdHeader, nameKey, normalizeHeader, sameName } from '../../shared/ground/keys';

describe('normalizeHeader', () => {
  it.each([
    ['Opportunity_ID', 'opportunityid'],
    ['  Close   Date ', 'closedate'],
    ['Deal-Stage', 'dealstage'],
    ['Deal Value ($)', 'dealvalue'],
    ['LAST ACTIVITY', 'lastactivity'],
    ['Größe', 'größe'],
    ['', ''],
  ])('%p → %p', (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});

describe('nameKey', () => {
  it.each([
    ['  Maya   CHEN ', 'MAYA CHEN'],
    ['GTX\tPro', 'GTX PRO'],
    ['D-1', 'D-1'],
    ['', ''],
  ])('%p → %p', (text, expected) => {
    expect(nameKey(text)).toBe(expected);
  });

  it('matches names as a spreadsheet lookup does: case and spacing aside, spelling counts', () => {
    expect(sameName('Maya Chen', ' maya  chen')).toBe(true);
    expect(sameName("Team's log", "TEAM'S LOG")).toBe(true);
    expect(sameName('GTX Pro', 'GTXPro')).toBe(false);
  });
});

describe('isIdHeader', () => {
  it.each([
    'Owner ID',
    'OwnerId',
    'OwnerID',
    'rep_id',
    'hubspot_owner_id',
    'ASSIGNED_BY_ID',
    'Id',
    'Opportunity ID 18',
    'Deal number',
    'Opp #',
    'Account code',
    'Deal No.',
  ])('%p names ids', (header) => {
    expect(isIdHeader(header)).toBe(true);
  });

  it.each(['Owner', 'Owner name', 'Paid', 'Valid', 'Android', 'Stage', 'Sales agent', 'Idea', ''])(
    '%p names no ids',
    (header) => {
      expect(isIdHeader(header)).toBe(false);
    },
  );
});
