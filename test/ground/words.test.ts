import { flatText, groupDigits, plural } from '../../shared/ground/words';

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [-999, '-999'],
    [1000, '1,000'],
    [-1000, '-1,000'],
    [8800, '8,800'],
    [1234567.5, '1,234,567.5'],
    [12.5, '12.5'],
    [-0.25, '-0.25'],
  ])('writes %p as %p', (n, text) => expect(groupDigits(n)).toBe(text));

  it('groups whole numbers as en-US does, around the short cut for those below a thousand', () => {
    for (let n = -1500; n <= 1500; n++) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    expect(groupDigits(-0)).toBe('0');
  });

  it('counts in words', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(12_000, 'deal')).toBe('12,000 deals');
  });
});

describe('flatText', () => {
  it('gives back the same text, whatever it was built from', () => {
    const stage = ['Prospecting', 'Négociation', '交渉'];
    for (const [i, name] of stage.entries()) {
      const built = `No activity for ${100 + i} days (last 2025-01-2${i}) on a deal in ${name}; 90% of won deals`;
      expect(flatText(built)).toBe(built);
    }
    expect(flatText('')).toBe('');
  });
});
