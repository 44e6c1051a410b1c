/** The config file: read, parsed as JSON with a located error, validated by the core's loadConfig. */
import { promises as fs } from 'fs';
import path from 'path';
import { loadConfig, type ConfigProblem, type ResolvedConfig } from '../shared';

/** A config that cannot be used: one line per problem, each starting with the file name. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Whether JSON.parse's complaint about a prefix is only that the prefix stops early. */
function onlyIncomplete(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (e) {
    const message = (e as Error).message;
    if (/Unexpected end of JSON input/.test(message)) return true;
    const at = /at position (\d+)/.exec(message);
    return at !== null && Number(at[1]) >= prefix.length;
  }
}

/**
 * Offset of the first syntax error. V8 names a position for most errors but not for an
 * "Unexpected token", so search for the shortest prefix that is already wrong.
 */
export function jsonErrorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (onlyIncomplete(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return bad - 1;
}

/** "Unexpected token '}', "{..." is not valid JSON" → "unexpected token '}'". */
function jsonErrorReason(message: string): string {
  const reason = message
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/\s+at position \d+.*$/s, '')
    .replace(/\s+in JSON$/, '')
    .trim();
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** Parses a config file's text; a syntax error says where, as `line 3, column 5`. */
export function parseConfigText(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const { line, column } = lineAndColumn(body, Math.max(0, jsonErrorOffset(body, message)));
    throw new ConfigError([
      `${file}: invalid JSON at line ${line}, column ${column}: ${jsonErrorReason(message)}`,
    ]);
  }
}

async function readConfigFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? (e as Error).message);
    throw new ConfigError([`${file}: cannot read the config file (${reason})`]);
  }
  return parseConfigText(file, text);
}

export function problemLines(source: string, problems: readonly ConfigProblem[]): string[] {
  return problems.map((p) => `${source}: ${p.path}: ${p.message}`);
}

/**
 * The config to lint with: the file's (or defaults), with `--as-of` taking the place of its
 * `asOf`. Throws ConfigError with every problem found, not just the first.
 */
export async function loadCliConfig(
  file: string | undefined,
  asOf: string | undefined,
  today?: Date,
): Promise<ResolvedConfig> {
  const raw = file === undefined ? {} : await readConfigFile(file);
  const withAsOf = asOf !== undefined && isPlainObject(raw) ? { ...raw, asOf } : raw;
  const result = loadConfig(withAsOf, today);
  if (!result.ok) throw new ConfigError(problemLines(file ?? 'config', result.problems));
  return asOf === undefined ? result.config : { ...result.config, asOfLocked: true };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The config file Pipelint looks for beside an input, as ESLint looks for its own. */
export const CONFIG_FILE_NAME = 'pipelint.json';

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The `pipelint.json` nearest an input: in the input's folder (the folder itself for a folder of
 * CSVs), else in each parent folder, stopping at the repository root (a folder with `.git`) or
 * the top of the disk. Undefined when there is none.
 */
export async function findConfigFile(input: string): Promise<string | undefined> {
  const absolute = path.resolve(input);
  let dir = (await fs.stat(absolute).catch(() => undefined))?.isDirectory()
    ? absolute
    : path.dirname(absolute);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (await exists(candidate)) return path.relative(process.cwd(), candidate) || candidate;
    const parent = path.dirname(dir);
    if (parent === dir || (await fs.stat(path.join(dir, '.git')).catch(() => undefined))) return undefined;
    dir = parent;
  }
}
