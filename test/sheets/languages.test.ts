import { LANGUAGES } from '../../shared/sheets/languages';
import { DEFAULT_STAGES } from '../../shared/sheets/stages';
import { KIND_IDS, kindById, type KindId } from '../../shared/sheets/registry';
import { normalizeHeader } from '../../shared/ground/keys';
import { kindByWords } from '../../shared/sheets/stageInference';
import type { CellValue } from '../../shared/ground/types';
import { detect, readAs } from './read';
import { pipelineKind } from '../../shared/sheets/kinds/pipeline';
import { goalsKind } from '../../shared/sheets/kinds/goals';

describe('the language tables', () => {
  it.each(LANGUAGES.map((l) => [l.language, l] as const))(
    '%s names only kinds and fields that exist, in normalised words',
    (_code, language) => {
      for (const [kindId, fields] of Object.entries(language.headers)) {
        expect(KIND_IDS).toContain(kindId);
        const kind = kindById(kindId as KindId);
        for (const [field, words] of Object.entries(fields)) {
          expect(kind.fields as readonly string[]).toContain(field);
          for (const word of words) expect(normalizeHeader(word)).toBe(word);
        }
      }
      const builtIn = DEFAULT_STAGES.filter((s) => !s.closed).map((s) => s.name);
      for (const stage of Object.keys(language.stages)) expect(builtIn).toContain(stage);
    },
  );
});

describe('pipelines and goals in other languages', () => {
  it.each<[string, CellValue[], Record<string, number>]>([
    [
      'Spanish',
      ['Oportunidad', 'Responsable', 'Etapa', 'Importe', 'Fecha de cierre'],
      { deal: 1, owner: 2, stage: 3, amount: 4, closeDate: 5 },
    ],
    [
      'Portuguese',
      ['Oportunidade', 'Responsável', 'Etapa', 'Valor', 'Data de fechamento'],
      { deal: 1, owner: 2, stage: 3, amount: 4, closeDate: 5 },
    ],
    [
      'French',
      ['Opportunité', 'Propriétaire', 'Étape', 'Montant', 'Date de clôture'],
      { deal: 1, owner: 2, stage: 3, amount: 4, closeDate: 5 },
    ],
    [
      'German',
      ['Verkaufschance', 'Verantwortlicher', 'Phase', 'Betrag', 'Abschlussdatum'],
      { deal: 1, owner: 2, stage: 3, amount: 4, closeDate: 5 },
    ],
    [
      'Italian',
      ['Trattativa', 'Responsabile', 'Fase', 'Importo', 'Data di chiusura'],
      { deal: 1, owner: 2, stage: 3, amount: 4, closeDate: 5 },
    ],
  ])('a %s pipeline', (_language, header, columns) => {
    const table = readAs(pipelineKind, [header, ['D-1', 'Ana', 'Propuesta', 100, '2027-08-01']]);
    expect(table.columns).toEqual(columns);
  });

  it('a Spanish goals sheet', () => {
    const values = [
      ['Objetivo', 'Responsable', 'Fecha límite', 'Avance'],
      ['Crecer ARR a $2M', 'Ana', '2027-12-31', '40%'],
    ];
    expect(detect(values)).toMatchObject({ role: 'goals' });
    expect(readAs(goalsKind, values).columns).toEqual({ goal: 1, owner: 2, due: 3, progress: 4 });
  });

  it.each([
    ['Ganado', 'won'],
    ['Cerrado ganado', 'won'],
    ['Perdida', 'lost'],
    ['Fechado ganho', 'won'],
    ['Gagné', 'won'],
    ['Perdue', 'lost'],
    ['Gewonnen', 'won'],
    ['Verloren', 'lost'],
    ['Chiuso vinto', 'won'],
    ['Perso', 'lost'],
    ['Propuesta', 'open'],
  ])('the stage %p is %p', (text, kind) => {
    expect(kindByWords(text)).toBe(kind);
  });
});
