import type { LanguageWords } from './types';

/** Italian. */
export const ITALIAN: LanguageWords = {
  language: 'it',
  headers: {
    pipeline: {
      deal: ['opportunità', 'opportunita', 'trattativa'],
      owner: ['responsabile', 'proprietario', 'venditore', 'commerciale'],
      stage: ['fase', 'stadio'],
      status: ['stato'],
      amount: ['importo', 'valore', 'ammontare'],
      created: ['datadicreazione', 'creatoil'],
      closeDate: ['datadichiusura', 'chiusuraprevista'],
      probability: ['probabilità', 'probabilita'],
      product: ['prodotto'],
      account: ['cliente', 'azienda'],
    },
    goals: {
      goal: ['obiettivo'],
      due: ['scadenza'],
      progress: ['avanzamento', 'progresso'],
    },
  },
  stages: {
    Lead: ['Nuovo'],
    Prospecting: ['Prospezione'],
    Qualification: ['Qualificazione', 'Qualificato'],
    Discovery: ['Scoperta'],
    'Needs Analysis': ['Analisi dei bisogni'],
    Demo: ['Dimostrazione'],
    Proposal: ['Preventivo', 'Offerta'],
    Negotiation: ['Negoziazione', 'Trattativa'],
    Commit: ['Impegno', 'Contratto'],
  },
  won: ['vinto', 'vinta', 'chiuso vinto'],
  lost: ['perso', 'persa', 'chiuso perso'],
};
