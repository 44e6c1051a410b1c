import type { CellValue, SheetSnapshot } from '../ground/types';
import { normalizeHeader } from '../ground/keys';
import type { DateOrder, DayNumber, DecimalSeparator } from '../ground/values';
import type { StageModel } from './stages';

/**
 * A sheet kind is everything Pipelint knows about one kind of sheet a team keeps (a pipeline, a
 * goals list, an adoption tracker...): its fields and the header words that mean them, how its
 * header row is recognised, and how its rows are read. Each kind is one module in `kinds/`; the
 * registry lists them, and nothing else in the core names a kind it does not use.
 */

/** The settings every reader needs: the part of the resolved config that says how cells are written. */
export interface ReadContext {
  asOf: DayNumber;
  dateOrder: DateOrder;
  /** False when the date order is only the default guess, so an ambiguous column deserves a word. */
  dateOrderExplicit: boolean;
  decimal: DecimalSeparator;
  /** False when the decimal sign is only the default guess, so an amount column may settle its own. */
  decimalExplicit: boolean;
  /** Per kind id, the header texts or column letters the config pins its fields to. */
  pins: KindPins;
  stages: StageModel;
}

/** Per kind id, its fields pinned to a header text or a column letter. */
export type KindPins = Readonly<Partial<Record<string, Readonly<Partial<Record<string, string>>>>>>;

/** One row of any kind's table, read once and shared by every rule. */
export interface RowRecord {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  /** Rule ids listed in the row's "Lint ignore" cell; `*` silences every rule. */
  ignore?: string[];
}

export interface DuplicateHeader {
  column: number;
  header: string;
  /** The column that is used instead. */
  keptColumn: number;
  field?: string;
}

/** What every kind's table has: where it is, how its columns map to fields, and its rows. */
export interface Table<F extends string = string, R extends RowRecord = RowRecord> {
  kind: KindSpec<F>;
  sheet: string;
  /** 1-based. */
  headerRow: number;
  /** The header row's cells as text. */
  headers: string[];
  /** Field → 1-based column, for the fields the sheet has. */
  columns: Partial<Record<F, number>>;
  /** Field → the 1-based column holding its ids ("Owner ID"), beside or instead of its names. */
  idColumns: Partial<Record<F, number>>;
  rows: R[];
  duplicateHeaders: DuplicateHeader[];
  /** Pinned columns that are not in the sheet. */
  missingPins: { field: F; pin: string }[];
}

/** The fields of a kind's table. */
export type RowOfTable<T> = T extends Table<string, infer R> ? R : never;

/** A candidate header row, as detection shows it to each kind. */
export interface HeaderRow<F extends string = string> {
  /** 0-based index into the sheet's rows. */
  index: number;
  /** The row's cells as text ('' for blank cells and dates). */
  texts: readonly string[];
  /** Whether this is the first row with two or more filled cells (after any title rows). */
  firstTableRow: boolean;
  /** The kind's fields this row names, its pinned headers counted. */
  fields: ReadonlySet<F>;
  /** The fields of any kind the config pins to a header text this row holds. */
  pinned: ReadonlySet<string>;
}

/** The part of a kind that does not depend on its row type: enough to detect, map and locate. */
export interface KindSpec<F extends string = string> {
  /** The role name users pin in the config's `sheets` and see in summaries. */
  id: string;
  fields: readonly F[];
  /** Per field, the header words that mean it, normalised (see `normalizeHeader`). */
  synonyms: Readonly<Record<F, readonly string[]>>;
  /** How a field is named in messages and in a header a fix adds. */
  labels: Readonly<Record<F, string>>;
  /** What a header row needs to be this kind's, in words: "a Goal column". */
  needs: string;
  /** Fields a problem is shown on when the field it is about has no column, first found wins. */
  anchor: readonly F[];
  /**
   * Fields many columns may hold, none of them a duplicate of another (an activity log's count
   * columns: Calls, Meetings, Demos); the first is the one the field maps to.
   */
  repeatable?: readonly F[];
  /** Fields keyed by an id column when the sheet has both an id and a name column (a pipeline's deal). */
  keyedById?: readonly F[];
  /** Header text → the field it names, or undefined. */
  fieldOf(header: string): F | undefined;
}

export interface SheetKind<
  F extends string = string,
  T extends Table<F, RowRecord> = Table<F, RowRecord>,
> extends KindSpec<F> {
  /** The header row's score as this kind (higher is likelier), or undefined when it is not one. */
  match(row: HeaderRow<F>): number | undefined;
  read(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): T;
  /**
   * Learns from every sheet of this kind before any is read what its readers then share (the
   * pipeline learns the stages when the config names none); returns the settings to change.
   */
  prepare?(sheets: readonly SheetAt[], context: ReadContext): Partial<ReadContext>;
  /** The person a row is about, named in its diagnostics. */
  ownerOf?(row: RowOfTable<T>): string | undefined;
  /** The deal a row is, named in its diagnostics. */
  dealOf?(row: RowOfTable<T>): string | undefined;
  /** Its rows are what "rows linted" counts and progress reports (the pipeline). */
  primary?: boolean;
}

/** A sheet and the row its header was found on. */
export interface SheetAt {
  sheet: SheetSnapshot;
  /** 0-based. */
  headerIndex: number;
}

/** What the engine learnt about one sheet, for the workbook rules. */
export interface SheetInfo {
  name: string;
  role?: string;
  /** 1-based; absent when no header was found. */
  headerRow?: number;
  /** Rows below the header that hold anything. */
  dataRows: number;
  /** True when no cell holds anything. */
  empty: boolean;
  /** The kind the config pins the sheet to, if it does. */
  pinnedAs?: string;
}

type KindDefinition<F extends string, T extends Table<F, RowRecord>> = Omit<SheetKind<F, T>, 'fieldOf'>;

const TRAILING_NOTE = /\s*(?:\([^)]*\)|\[[^\]]*\])\s*$/;

/** Builds a kind's header-word index once; the rest of the definition is kept as written. */
export function defineKind<const Id extends string, F extends string, T extends Table<F, RowRecord>>(
  kind: KindDefinition<F, T> & { id: Id },
): SheetKind<F, T> & { id: Id } {
  const index = new Map<string, F>();
  for (const field of kind.fields) for (const word of kind.synonyms[field]) index.set(word, field);
  return {
    ...kind,
    // A header with a note under it ("Target\n100%") is known by its first line, and one with a
    // note after it ("Last activity (ms)", "Amount [EUR]") by what comes before the note.
    fieldOf: (header) => {
      const line = header.split('\n')[0];
      return (
        index.get(normalizeHeader(header)) ??
        index.get(normalizeHeader(line)) ??
        index.get(normalizeHeader(line.replace(TRAILING_NOTE, '')))
      );
    },
  };
}

/**
 * Scores a header row by how many of the kind's fields it names, when `recognised` says it names
 * enough of them to be this kind's header.
 */
export function countFields<F extends string>(
  recognised: (fields: ReadonlySet<F>) => boolean,
): (row: HeaderRow<F>) => number | undefined {
  return (row) => (recognised(row.fields) ? row.fields.size : undefined);
}

/** Header words of the "Lint ignore" column, which any kind's sheet may have. */
export const IGNORE_SYNONYMS: readonly string[] = ['lintignore', 'pipelintignore', 'lintdisable'];
