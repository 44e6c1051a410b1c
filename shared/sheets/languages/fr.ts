import type { LanguageWords } from './types';

/** French. */
export const FRENCH: LanguageWords = {
  language: 'fr',
  headers: {
    pipeline: {
      deal: ['opportunité', 'opportunite', 'affaire'],
      owner: ['responsable', 'propriétaire', 'proprietaire', 'commercial', 'vendeur'],
      stage: ['étape', 'etape', 'phase', 'étapedevente', 'etapedevente'],
      status: ['statut'],
      amount: ['montant', 'valeur', 'montantestimé', 'montantestime'],
      created: ['datedecréation', 'datedecreation', 'créé', 'cree', 'crééle', 'creele'],
      closeDate: ['datedeclôture', 'datedecloture', 'clôtureprévue', 'clotureprevue'],
      nextStep: ['prochaineétape', 'prochaineetape'],
      probability: ['probabilité', 'probabilite'],
      product: ['produit'],
      account: ['client', 'compte', 'société', 'societe', 'entreprise'],
    },
    goals: {
      goal: ['objectif'],
      due: ['échéance', 'echeance', 'datelimite'],
      progress: ['progression', 'avancement'],
    },
  },
  stages: {
    Lead: ['Nouveau'],
    Prospecting: ['Prospection'],
    Qualification: ['Qualifié', 'Qualifie'],
    Discovery: ['Découverte', 'Decouverte'],
    'Needs Analysis': ['Analyse des besoins'],
    Demo: ['Démonstration'],
    Proposal: ['Proposition', 'Devis', 'Offre'],
    Negotiation: ['Négociation'],
    Commit: ['Engagement', 'Contractualisation'],
  },
  won: ['gagné', 'gagnée', 'gagne', 'gagnee'],
  lost: ['perdu', 'perdue'],
};
