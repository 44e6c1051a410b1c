import type { CellValue, SheetSnapshot } from '../../ground/types';
import { ADOPTION_STAGES, type AdoptionStage } from '../../ground/adoption';
import { DateReader, isBlank, wordsOf, type DayNumber } from '../../ground/values';
import { IGNORE_SYNONYMS, countFields, defineKind, type ReadContext, type Table } from '../kind';
import { readTable } from '../table';

/** An adoption sheet: who is where with which change, since when, and what shows it. */
export const ADOPTION_FIELDS = [
  'person',
  'change',
  'stage',
  'since',
  'evidence',
  'impact',
  'ignore',
] as const;
export type AdoptionField = (typeof ADOPTION_FIELDS)[number];

/** One person's place with one change, read once and shared by every adoption rule. */
export interface AdoptionRow {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  person?: string;
  /** The change (initiative, practice) as written. */
  change?: string;
  /** The Stage cell as written, when it holds text. */
  stageText?: string;
  /** The stage of change, when the Stage cell names one of the four. */
  stage?: AdoptionStage;
  /** The day the person entered the stage, when the cell holds a readable date. */
  since?: DayNumber;
  evidence?: string;
  impact?: string;
  ignore?: string[];
}

export type AdoptionTable = Table<AdoptionField, AdoptionRow>;

const STAGE_KEYS = new Map(ADOPTION_STAGES.map((s) => [s.toLowerCase(), s]));

/** "adoption", " Introduction " → the stage; anything else undefined. Case and spacing do not count. */
export function adoptionStageOf(text: string | undefined): AdoptionStage | undefined {
  return text === undefined ? undefined : STAGE_KEYS.get(text.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** 0 for Consideration up to 3 for Adoption. */
export function stageIndex(stage: AdoptionStage): number {
  return ADOPTION_STAGES.indexOf(stage);
}

function readRow(
  row: number,
  cells: CellValue[],
  columns: AdoptionTable['columns'],
  dates: DateReader,
): AdoptionRow {
  const at = (field: AdoptionField) =>
    columns[field] === undefined ? undefined : cells[columns[field]! - 1];
  const result: AdoptionRow = { row, cells };
  const person = wordsOf(at('person'));
  if (person !== undefined) result.person = person;
  const change = wordsOf(at('change'));
  if (change !== undefined) result.change = change;
  const stageText = wordsOf(at('stage'));
  if (stageText !== undefined) {
    result.stageText = stageText;
    const stage = adoptionStageOf(stageText);
    if (stage) result.stage = stage;
  }
  const since = dates.read(at('since'));
  if (since.ok === true) result.since = since.value;
  const evidence = wordsOf(at('evidence'));
  if (evidence !== undefined) result.evidence = evidence;
  const impact = wordsOf(at('impact'));
  if (impact !== undefined) result.impact = impact;
  return result;
}

/** A row names a person or a change; titles and notes under the table elsewhere are skipped. */
function isAdoptionRow(cells: CellValue[], columns: AdoptionTable['columns']): boolean {
  return (['person', 'change'] as const).some(
    (f) => columns[f] !== undefined && !isBlank(cells[columns[f]! - 1]),
  );
}

function readAdoption(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): AdoptionTable {
  const dates = new DateReader(context.dateOrder);
  return readTable(adoptionKind, sheet, headerIndex, context, {
    isRow: isAdoptionRow,
    read: (row, cells, columns) => readRow(row, cells, columns, dates),
  });
}

/** Header words of the people and changes an adoption sheet and its history share. */
export const PERSON_SYNONYMS: readonly string[] = [
  'person',
  'name',
  'rep',
  'seller',
  'salesperson',
  'employee',
];
export const CHANGE_SYNONYMS: readonly string[] = ['change', 'initiative', 'practice'];

export const adoptionKind = defineKind({
  id: 'adoption',
  fields: ADOPTION_FIELDS,
  synonyms: {
    person: PERSON_SYNONYMS,
    change: CHANGE_SYNONYMS,
    stage: ['stage', 'adoptionstage', 'stageofchange'],
    since: ['since', 'instagesince', 'stagesince', 'stagedate'],
    evidence: ['evidence', 'proof'],
    impact: ['impact', 'personalimpact', 'urgency', 'impacturgency', 'personalimpacturgency'],
    ignore: IGNORE_SYNONYMS,
  },
  labels: {
    person: 'Person',
    change: 'Change',
    stage: 'Stage',
    since: 'Since',
    evidence: 'Evidence',
    impact: 'Impact',
    ignore: 'Lint ignore',
  },
  needs: 'Person, Change and Stage columns',
  anchor: ['stage', 'person'],
  match: countFields((f) => f.has('person') && f.has('change') && f.has('stage')),
  read: readAdoption,
  ownerOf: (row: AdoptionRow) => row.person,
});
