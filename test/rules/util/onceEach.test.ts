import { onceEach } from '../../../shared/rules/util';

describe('onceEach', () => {
  it('makes each distinct key once and hands back the same value after', () => {
    const made: string[] = [];
    const shout = onceEach((text: string) => {
      made.push(text);
      return { text: text.toUpperCase() };
    });
    const first = shout('won');
    expect(shout('won')).toBe(first);
    expect(shout('lost')).toEqual({ text: 'LOST' });
    expect(made).toEqual(['won', 'lost']);
  });

  it('remembers a key whose value is undefined, too', () => {
    let calls = 0;
    const nothing = onceEach((_: string) => {
      calls++;
      return undefined;
    });
    expect(nothing('x')).toBeUndefined();
    expect(nothing('x')).toBeUndefined();
    expect(calls).toBe(1);
  });
});
