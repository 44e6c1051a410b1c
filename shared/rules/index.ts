import type { RuleModule } from '../engine/rule';
import { missingColumn } from './pipeline/missingColumn';
import { unknownStage } from './pipeline/unknownStage';
import { missingStage } from './pipeline/missingStage';
import { inconsistentStageSpelling } from './pipeline/inconsistentStageSpelling';
import { closedDateInFuture } from './pipeline/closedDateInFuture';
import { probabilityMismatch } from './pipeline/probabilityMismatch';
import { invalidValue } from './pipeline/invalidValue';
import { negativeAmount } from './pipeline/negativeAmount';
import { dateOrder } from './pipeline/dateOrder';
import { duplicateDeal } from './pipeline/duplicateDeal';
import { missingOwner } from './pipeline/missingOwner';
import { missingAmount } from './pipeline/missingAmount';
import { missingCloseDate } from './pipeline/missingCloseDate';
import { closeDatePast } from './pipeline/closeDatePast';
import { stalledDeal } from './pipeline/stalledDeal';
import { missingNextStep } from './pipeline/missingNextStep';
import { unknownReference } from './pipeline/unknownReference';
import { stageSkipped } from './pipeline/stageSkipped';
import { closeDateSlipped } from './pipeline/closeDateSlipped';
import { notSpecific } from './goal/notSpecific';
import { notMeasurable } from './goal/notMeasurable';
import { notAchievable } from './goal/notAchievable';
import { notRelevant } from './goal/notRelevant';
import { notTimeBound } from './goal/notTimeBound';
import { tooManyGoals } from './goal/tooManyGoals';
import { missingOwner as missingGoalOwner } from './goal/missingOwner';
import { missingPriority } from './goal/missingPriority';
import { duplicate as duplicateGoal } from './goal/duplicate';
import { pastDue } from './goal/pastDue';
import { offTrack } from './goal/offTrack';
import { priorityUncovered } from './coverage/priorityUncovered';
import { skillOnly } from './coverage/skillOnly';
import { willOnly } from './coverage/willOnly';
import { unrewardedOutcome } from './coverage/unrewardedOutcome';
import { unknownStage as unknownAdoptionStage } from './adoption/unknownStage';
import { stuck } from './adoption/stuck';
import { regressed } from './adoption/regressed';
import { skippedStage } from './adoption/skippedStage';
import { noEvidence } from './adoption/noEvidence';
import { noImpactStated } from './adoption/noImpactStated';
import { unknownKind } from './path/unknownKind';
import { outcomeWithoutMilestone } from './path/outcomeWithoutMilestone';
import { milestoneWithoutBehavior } from './path/milestoneWithoutBehavior';
import { milestoneNotVerifiable } from './path/milestoneNotVerifiable';
import { behaviorNotMeasurable } from './path/behaviorNotMeasurable';
import { outcomeNotMeasurable } from './path/outcomeNotMeasurable';
import { outcomeWithoutReward } from './path/outcomeWithoutReward';
import { behindPace } from './path/behindPace';
import { outcomeAtRisk } from './path/outcomeAtRisk';
import { unrecognizedSheet } from './workbook/unrecognizedSheet';
import { emptyTable } from './workbook/emptyTable';
import { duplicateHeader } from './workbook/duplicateHeader';
import { ambiguousDate } from './workbook/ambiguousDate';
import { invalidSetting } from './workbook/invalidSetting';
import { unusedSuppression } from './workbook/unusedSuppression';

/** Every rule, in the order their docs are listed. */
export const RULES: readonly RuleModule[] = [
  missingColumn,
  unknownStage,
  missingStage,
  inconsistentStageSpelling,
  invalidValue,
  negativeAmount,
  dateOrder,
  duplicateDeal,
  missingOwner,
  missingAmount,
  missingCloseDate,
  closeDatePast,
  closedDateInFuture,
  probabilityMismatch,
  stalledDeal,
  missingNextStep,
  unknownReference,
  stageSkipped,
  closeDateSlipped,
  notSpecific,
  notMeasurable,
  notAchievable,
  notRelevant,
  notTimeBound,
  tooManyGoals,
  missingGoalOwner,
  missingPriority,
  duplicateGoal,
  pastDue,
  offTrack,
  priorityUncovered,
  skillOnly,
  willOnly,
  unrewardedOutcome,
  unknownAdoptionStage,
  stuck,
  regressed,
  skippedStage,
  noEvidence,
  noImpactStated,
  unknownKind,
  outcomeWithoutMilestone,
  milestoneWithoutBehavior,
  milestoneNotVerifiable,
  behaviorNotMeasurable,
  outcomeNotMeasurable,
  outcomeWithoutReward,
  behindPace,
  outcomeAtRisk,
  unrecognizedSheet,
  emptyTable,
  duplicateHeader,
  ambiguousDate,
  invalidSetting,
  unusedSuppression,
] as RuleModule[];
