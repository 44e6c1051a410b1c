import { isIsoDate, parseCliArgs, UsageError } from '../../cli/args';
import {
  ConfigError,
  jsonErrorOffset,
  lineAndColumn,
  loadCliConfig,
  parseConfigText,
} from '../../cli/config';
import { dayFromDate } from '../../shared/ground/values';

describe('parseCliArgs', () => {
  it('takes inputs, format, as-of and config, short or long', () => {
    expect(parseCliArgs(['a.xlsx', 'crm', '-f', 'sarif', '--as-of=2017-12-31', '-c', 'p.json'])).toEqual({
      inputs: ['a.xlsx', 'crm'],
      format: 'sarif',
      asOf: '2017-12-31',
      config: 'p.json',
      printConfig: false,
      help: false,
      version: false,
    });
    expect(parseCliArgs(['a.csv']).format).toBe('stylish');
    expect(parseCliArgs(['--print-config', 'a.csv']).printConfig).toBe(true);
  });

  it('lets --help and --version stand alone', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['--version']).version).toBe(true);
  });

  it('treats everything after -- as an input', () => {
    expect(parseCliArgs(['--', '--odd-name.csv']).inputs).toEqual(['--odd-name.csv']);
  });

  it('throws a UsageError, never a TypeError from node:util', () => {
    expect(() => parseCliArgs(['--nope'])).toThrow(UsageError);
    expect(() => parseCliArgs(['a.csv', '--format', '--as-of', '2017-01-01'])).toThrow(
      new UsageError('option --format needs a value'),
    );
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2017-12-31', true],
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2017-13-01', false],
    ['2017-1-1', false],
    ['20171231', false],
  ])('%s → %s', (text, valid) => expect(isIsoDate(text)).toBe(valid));
});

describe('config JSON errors', () => {
  const errorOf = (text: string) => {
    try {
      parseConfigText('p.json', text);
    } catch (e) {
      return (e as ConfigError).lines;
    }
    throw new Error('expected a ConfigError');
  };

  it('locates errors V8 gives a position for', () => {
    expect(errorOf('{\n  "a": 1,\n}')).toEqual([
      'p.json: invalid JSON at line 3, column 1: expected double-quoted property name',
    ]);
  });

  it('locates an unexpected token, which V8 does not', () => {
    expect(errorOf('{"rules": {"x": tru}}')).toEqual([
      "p.json: invalid JSON at line 1, column 20: unexpected token '}'",
    ]);
    expect(jsonErrorOffset('[1, 2 3]', 'Unexpected number')).toBe(6);
  });

  it('handles an empty file and trailing text', () => {
    expect(errorOf('')).toEqual(['p.json: invalid JSON at line 1, column 1: unexpected end of JSON input']);
    expect(errorOf('{}\n}')).toEqual([
      'p.json: invalid JSON at line 2, column 1: unexpected non-whitespace character after JSON',
    ]);
  });

  it('accepts a BOM', () => {
    expect(parseConfigText('p.json', '\uFEFF{"asOf": "2017-12-31"}')).toEqual({ asOf: '2017-12-31' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('loadCliConfig', () => {
  it('uses the defaults without a file, with --as-of as the as-of date', async () => {
    const config = await loadCliConfig(undefined, '2017-12-31');
    expect(config.asOf).toBe(dayFromDate(new Date(2017, 11, 31)));
    expect(config.rules.has('pipeline/stalled-deal')).toBe(true);
  });
});
