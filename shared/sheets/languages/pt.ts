import type { LanguageWords } from './types';

/** Portuguese. */
export const PORTUGUESE: LanguageWords = {
  language: 'pt',
  headers: {
    pipeline: {
      deal: ['oportunidade', 'negócio', 'negocio'],
      owner: ['responsável', 'responsavel', 'proprietário', 'proprietario', 'vendedor'],
      stage: ['etapa', 'fase', 'estágio', 'estagio'],
      status: ['situação', 'situacao'],
      amount: ['valor', 'montante', 'valorestimado'],
      created: ['datadecriação', 'datadecriacao', 'criadoem'],
      closeDate: ['datadefechamento', 'datafechamento', 'fechamentoprevisto'],
      nextStep: ['próximopasso', 'proximopasso'],
      probability: ['probabilidade'],
      product: ['produto'],
      account: ['cliente', 'conta', 'empresa'],
    },
    goals: {
      goal: ['objetivo', 'meta'],
      due: ['prazo', 'datalimite'],
      progress: ['progresso'],
    },
  },
  stages: {
    Lead: ['Novo'],
    Prospecting: ['Prospecção', 'Prospeccao'],
    Qualification: ['Qualificação', 'Qualificacao', 'Qualificado'],
    Discovery: ['Descoberta'],
    'Needs Analysis': ['Análise de necessidades'],
    Demo: ['Demonstração', 'Demonstracao'],
    Proposal: ['Proposta', 'Orçamento', 'Orcamento', 'Cotação', 'Cotacao'],
    Negotiation: ['Negociação', 'Negociacao'],
    Commit: ['Fechamento', 'Contrato'],
  },
  won: ['ganho', 'ganha', 'fechado ganho'],
  lost: ['perdido', 'perdida', 'fechado perdido'],
};
