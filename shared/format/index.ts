/** Output formatters: host-free, so any host (CLI, add-ins) can print or save a report. */
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { Formatter } from './report';

export * from './report';
export {
  formatStylish,
  totalsLine,
  summaryLine,
  NO_COLOR,
  type Painter,
  type StylishOptions,
} from './stylish';
export { formatJson, jsonChunks, jsonEntry, type JsonEntry, type JsonFix, type JsonEdit } from './json';
export {
  formatSarif,
  sarifLog,
  sarifLevel,
  toArtifactUri,
  ruleName,
  SARIF_SCHEMA,
  type SarifLog,
  type SarifResult,
  type SarifRule,
  type SarifLevel,
} from './sarif';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formatters by name, with stylish uncoloured; pass a painter to `formatStylish` for colour. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  stylish: (report) => formatStylish(report),
  json: formatJson,
  sarif: formatSarif,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
