import type { LanguageWords } from './types';

/** Spanish. */
export const SPANISH: LanguageWords = {
  language: 'es',
  headers: {
    pipeline: {
      deal: ['oportunidad', 'negocio', 'trato', 'nombredelaoportunidad', 'idoportunidad'],
      owner: ['responsable', 'propietario', 'vendedor', 'comercial', 'ejecutivodeventas', 'asesor'],
      stage: ['etapa', 'fase', 'etapadeventa'],
      status: ['estado'],
      amount: ['importe', 'monto', 'valor', 'valorestimado', 'montoestimado'],
      created: ['fechadecreación', 'fechadecreacion', 'creado', 'fechacreacion'],
      closeDate: [
        'fechadecierre',
        'fechacierre',
        'cierreprevisto',
        'cierreestimado',
        'fechadecierreprevista',
      ],
      lastActivity: ['últimaactividad', 'ultimaactividad'],
      nextStep: ['siguientepaso', 'próximopaso', 'proximopaso'],
      source: ['origen', 'fuente'],
      probability: ['probabilidad'],
      product: ['producto'],
      account: ['cliente', 'cuenta', 'empresa'],
    },
    goals: {
      goal: ['objetivo', 'meta'],
      owner: ['responsable'],
      target: ['valorobjetivo'],
      due: ['fechalímite', 'fechalimite', 'plazo'],
      progress: ['avance', 'progreso'],
    },
  },
  stages: {
    Lead: ['Nuevo', 'Lead entrante'],
    Prospecting: ['Prospección', 'Prospeccion', 'Prospecto'],
    Qualification: ['Calificación', 'Calificacion', 'Cualificación', 'Calificado'],
    Discovery: ['Descubrimiento'],
    'Needs Analysis': ['Análisis de necesidades'],
    Demo: ['Demostración', 'Demostracion'],
    Proposal: ['Propuesta', 'Cotización', 'Cotizacion', 'Presupuesto', 'Oferta'],
    Negotiation: ['Negociación', 'Negociacion'],
    Commit: ['Compromiso', 'Contrato'],
  },
  won: ['ganado', 'ganada', 'cerrado ganado'],
  lost: ['perdido', 'perdida', 'cerrado perdido'],
};
