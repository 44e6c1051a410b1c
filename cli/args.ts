/** Command-line arguments: parsed by node:util, checked here so main only sees valid options. */
import { parseArgs } from 'util';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../shared/format';

/** Bad usage: the message is shown after `pipelint: ` with a pointer to --help; exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: pipelint <file.xlsx | file.csv | folder ...> [options]

Lints sales-pipeline spreadsheets the way ESLint lints code: stalled deals,
bad values, missing owners, each with its cell and, where possible, a fix.

Options:
  -f, --format <name>    output format: stylish (default), json or sarif
      --as-of <date>     judge the pipeline as of this day, YYYY-MM-DD
                         (default: "asOf" in the config, else today)
  -c, --config <file>    a JSON config file (rules, stages, columns, locale);
                         default: the pipelint.json nearest each input
      --snapshot <file>  after linting, append the pipeline's changes since the
                         last snapshot to a history in <file> (.csv, or .xlsx:
                         sheet "Pipeline history"); never one of the inputs
      --print-config     print the config used for the one input given, stages
                         learnt from it included, as JSON to save as pipelint.json
  -h, --help             show this help
  -v, --version          show the version

A folder is read as one workbook with each .csv file in it as a sheet.
Exit codes: 0 no errors found, 1 errors found, 2 bad usage or unreadable input.
`;

export interface CliOptions {
  inputs: string[];
  format: FormatName;
  asOf?: string;
  config?: string;
  /** Where `--snapshot` appends the pipeline's changes. */
  snapshot?: string;
  /** Print the resolved config for the input instead of linting it. */
  printConfig: boolean;
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'as-of': { type: 'string' },
  config: { type: 'string', short: 'c' },
  snapshot: { type: 'string' },
  'print-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** node:util's messages suggest `--` tricks and quote oddly; these say what went wrong in a few words. */
function usageErrorFrom(e: unknown): UsageError {
  const err = e as { code?: string; message?: string };
  const message = err.message ?? String(e);
  // Prefer the long name: node writes "'-f, --format <value>'".
  const option = /(--[\w-]+)/.exec(message)?.[1] ?? /'(-\w)/.exec(message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option ${option}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // Also "argument is ambiguous", node's word for `--format --as-of ...`: the value is missing.
      return new UsageError(
        /does not take/.test(message) ? `option ${option} takes no value` : `option ${option} needs a value`,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument: ${message}`);
    default:
      return new UsageError(message);
  }
}

/** True for a real calendar day written YYYY-MM-DD (so 2017-02-30 is refused). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageErrorFrom(e);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    inputs: positionals,
    format: 'stylish',
    printConfig: values['print-config'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.help || options.version) return options;
  if (values.format !== undefined) {
    if (!isFormatName(values.format))
      throw new UsageError(
        `unknown format "${values.format}"; use ${FORMAT_NAMES.slice(0, -1).join(', ')} or ${FORMAT_NAMES[FORMAT_NAMES.length - 1]}`,
      );
    options.format = values.format;
  }
  const asOf = values['as-of'];
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of expects a date as YYYY-MM-DD, not "${asOf}"`);
    options.asOf = asOf;
  }
  if (values.config !== undefined) options.config = values.config;
  if (values.snapshot !== undefined) options.snapshot = values.snapshot;
  if (options.inputs.length === 0)
    throw new UsageError('no input given: name a .xlsx or .csv file, or a folder of .csv files');
  if (options.printConfig && options.inputs.length > 1)
    throw new UsageError('--print-config prints the config of one input: name only one');
  return options;
}
