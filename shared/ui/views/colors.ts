/**
 * The views' colours, all Fluent tokens, so they follow the Office theme, light or dark, and the
 * high-contrast themes the tokens carry.
 */
import { tokens } from '@fluentui/react-components';
import type { PaceVerdict } from '../../analyses/execution/pace';

/** One colour per open stage, in funnel order; more stages than colours start again. */
export const STAGE_COLORS: readonly string[] = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPalettePurpleBorderActive,
  tokens.colorPaletteLightGreenBorderActive,
  tokens.colorPalettePumpkinBorderActive,
  tokens.colorPaletteSteelBorderActive,
];

export const stageColor = (index: number): string => STAGE_COLORS[index % STAGE_COLORS.length];

/** The part of the required pipeline still to find: grey, so it reads as missing, not as value. */
export const STILL_NEEDED_COLOR = tokens.colorNeutralStroke1;

export const VERDICT_COLORS: Record<PaceVerdict, string> = {
  behind: tokens.colorStatusDangerBorderActive,
  close: tokens.colorStatusWarningBorderActive,
  'on-pace': tokens.colorStatusSuccessBorderActive,
  'too-early': tokens.colorNeutralStrokeAccessible,
};

export const BALANCE_COLORS = {
  both: tokens.colorStatusSuccessBorderActive,
  skillOnly: tokens.colorPaletteBlueBorderActive,
  willOnly: tokens.colorPaletteMarigoldBorderActive,
  neither: tokens.colorStatusDangerBorderActive,
} as const;
