import type { SheetKind } from './kind';
import { goalsKind } from './kinds/goals';
import { adoptionKind } from './kinds/adoption';
import { adoptionHistoryKind } from './kinds/adoptionHistory';
import { pipelineHistoryKind } from './kinds/pipelineHistory';
import { pathKind } from './kinds/path';
import { activitiesKind } from './kinds/activities';
import { coverageKind } from './kinds/coverage';
import { pipelineKind } from './kinds/pipeline';
import { lookupKind } from './kinds/lookup';
import { settingsKind } from './kinds/settings';

/**
 * Every sheet kind Pipelint reads. The order breaks ties in detection: when two kinds score the
 * same on the same header row, the one listed first wins, so the more specific kinds come first
 * and the lookup list, which is recognised by a single word, comes last.
 */
export const SHEET_KINDS = [
  settingsKind,
  goalsKind,
  adoptionKind,
  adoptionHistoryKind,
  pipelineHistoryKind,
  pathKind,
  activitiesKind,
  coverageKind,
  pipelineKind,
  lookupKind,
] as const;

type AnyKind = (typeof SHEET_KINDS)[number];

/** A kind's id: the role name the config's `sheets` pins and summaries show. */
export type KindId = AnyKind['id'];
export type KindById<K extends KindId> = Extract<AnyKind, { id: K }>;
export type TableOf<K extends KindId> = ReturnType<KindById<K>['read']>;
export type RowOf<K extends KindId> = TableOf<K>['rows'][number];
export type FieldOf<K extends KindId> = KindById<K>['fields'][number];
/** Any kind's table. */
export type AnyTable = TableOf<KindId>;

/** Every kind's id, as users read them in the docs and error messages: the pipeline first, the settings last. */
export const KIND_IDS: readonly KindId[] = [
  pipelineKind.id,
  ...SHEET_KINDS.filter((k) => k !== pipelineKind && k !== settingsKind).map((k) => k.id),
  settingsKind.id,
];

export function kindById<K extends KindId>(id: K): KindById<K> {
  return SHEET_KINDS.find((k) => k.id === id) as KindById<K>;
}

/** The registry as detection takes it. */
export const DETECTABLE: readonly SheetKind[] = SHEET_KINDS as readonly SheetKind[];
