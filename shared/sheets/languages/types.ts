/**
 * The header words and won/lost words of one language, as data: adding a language is adding a
 * table beside these and listing it in `index.ts`. Words are written as `normalizeHeader` leaves
 * them: lower case, letters and digits only, accents kept (and also without them where people
 * often type them so).
 */
export interface LanguageWords {
  /** BCP 47 language code. */
  language: string;
  /** Per sheet kind id, per field, the header words that mean it. */
  headers: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /**
   * Per built-in open stage (by its English name in `DEFAULT_STAGES`), what this language calls
   * it, so learnt stages are put in funnel order: "Propuesta" after "Calificación".
   */
  stages: Readonly<Record<string, readonly string[]>>;
  /** Stage words that say a deal is won, and lost, as whole words in any case. */
  won: readonly string[];
  lost: readonly string[];
}
