/**
 * The four stages a person passes through when adopting a change, in order: weighing it up,
 * deciding whether it is worth the effort, trying it, and making it a habit.
 */
export const ADOPTION_STAGES = ['Consideration', 'Contemplation', 'Introduction', 'Adoption'] as const;
export type AdoptionStage = (typeof ADOPTION_STAGES)[number];
