import { nameKey, normalizeHeader, sameName } from '../../shared/ground/keys';

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
