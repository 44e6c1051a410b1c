import type { LanguageWords } from './types';

/** German. */
export const GERMAN: LanguageWords = {
  language: 'de',
  headers: {
    pipeline: {
      deal: ['verkaufschance', 'geschäft', 'geschaeft', 'vorgang'],
      owner: [
        'verantwortlicher',
        'verantwortlich',
        'besitzer',
        'vertriebsmitarbeiter',
        'zuständig',
        'zustaendig',
      ],
      stage: ['phase', 'stufe', 'vertriebsphase', 'verkaufsphase'],
      amount: ['betrag', 'wert', 'volumen', 'auftragswert'],
      created: ['erstellt', 'erstelltam', 'erstellungsdatum', 'angelegtam'],
      closeDate: ['abschlussdatum', 'erwarteterabschluss', 'voraussichtlichesabschlussdatum'],
      nextStep: ['nächsterschritt', 'naechsterschritt'],
      probability: ['wahrscheinlichkeit'],
      product: ['produkt'],
      account: ['kunde', 'firma', 'unternehmen', 'konto'],
    },
    goals: {
      goal: ['ziel'],
      due: ['frist', 'fälligkeit', 'faelligkeit', 'fälligam'],
      progress: ['fortschritt'],
    },
  },
  stages: {
    Lead: ['Neu'],
    Prospecting: ['Akquise', 'Prospektierung'],
    Qualification: ['Qualifizierung', 'Qualifiziert'],
    'Needs Analysis': ['Bedarfsanalyse'],
    Demo: ['Vorführung', 'Vorfuehrung'],
    Proposal: ['Angebot', 'Angebotsphase', 'Angebot erstellt'],
    Negotiation: ['Verhandlung', 'Verhandlungen'],
    Commit: ['Zusage', 'Vertrag'],
  },
  won: ['gewonnen'],
  lost: ['verloren'],
};
