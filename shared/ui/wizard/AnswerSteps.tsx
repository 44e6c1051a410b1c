import { useRef } from 'react';
import {
  Combobox,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { GrowthDriver } from '../../analyses/goals/types';
import { formatDay, type DayNumber } from '../../ground/values';
import { CURRENCIES, DRIVERS, PRIORITIES, UNITS, driverLabel, type AnswerProblems } from './answers';
import type { GoalAnswers, GoalUnit } from './types';
import { WIZARD } from './strings';
import { useThemeScheme } from './colorScheme';

export const useFieldStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Two short fields side by side when there is room, one above the other at a pane's width.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(8em, 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  // Fluent's inputs keep a minimum width of their own; in a narrow pane they must shrink.
  input: { minWidth: 0, width: '100%' },
  driverName: { fontWeight: tokens.fontWeightSemibold },
  driverNote: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  radio: { alignItems: 'flex-start' },
});

export interface StepProps {
  answers: GoalAnswers;
  /** Shown once the person has tried to go on, not while they are still typing. */
  problems: AnswerProblems;
  onChange(patch: Partial<GoalAnswers>): void;
}

/** Choosing a driver may also fill in a suggested metric, so it has its own handler. */
export function DriverStep({
  answers,
  problems,
  onDriver,
}: Omit<StepProps, 'onChange'> & { onDriver(driver: GrowthDriver): void }) {
  const styles = useFieldStyles();
  return (
    <Field label={WIZARD.driverQuestion} required validationMessage={problems.driver}>
      <RadioGroup value={answers.driver ?? ''} onChange={(_e, d) => onDriver(d.value as GrowthDriver)}>
        {DRIVERS.map((driver) => (
          <Radio
            key={driver}
            value={driver}
            className={styles.radio}
            label={
              <>
                <span className={styles.driverName}>{driverLabel(driver)}</span>
                <span className={styles.driverNote}>{WIZARD.driverNote(driver)}</span>
              </>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** A baseline or target, in the goal's unit: the currency before it, or % after it. */
function FigureInput({
  answers,
  value,
  onChange,
}: {
  answers: GoalAnswers;
  value: string;
  onChange(value: string): void;
}) {
  const styles = useFieldStyles();
  return (
    <Input
      className={styles.input}
      inputMode="decimal"
      value={value}
      contentBefore={answers.unit === 'currency' ? answers.currency : undefined}
      contentAfter={answers.unit === 'percent' ? '%' : undefined}
      onChange={(_e, d) => onChange(d.value)}
    />
  );
}

export function MetricStep({ answers, problems, onChange }: StepProps) {
  const styles = useFieldStyles();
  return (
    <div className={styles.fields}>
      <Field label={WIZARD.metric} hint={WIZARD.metricHint} required validationMessage={problems.metric}>
        <Input
          className={styles.input}
          value={answers.metric}
          onChange={(_e, d) => onChange({ metric: d.value })}
        />
      </Field>
      <div className={styles.pair}>
        <Field label={WIZARD.unit}>
          <Select
            className={styles.input}
            value={answers.unit}
            onChange={(_e, d) => onChange({ unit: d.value as GoalUnit })}
          >
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {WIZARD.unitName(unit)}
              </option>
            ))}
          </Select>
        </Field>
        {answers.unit === 'currency' && (
          <Field label={WIZARD.currency}>
            <Select
              className={styles.input}
              value={answers.currency}
              onChange={(_e, d) => onChange({ currency: d.value })}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Field
        label={WIZARD.baseline}
        hint={WIZARD.baselineHint}
        required
        validationMessage={problems.baseline}
      >
        <FigureInput
          answers={answers}
          value={answers.baseline}
          onChange={(baseline) => onChange({ baseline })}
        />
      </Field>
    </div>
  );
}

export function TargetStep({ answers, problems, onChange, asOf }: StepProps & { asOf: DayNumber }) {
  const styles = useFieldStyles();
  const root = useRef<HTMLDivElement>(null);
  const scheme = useThemeScheme(root);
  return (
    <div className={styles.fields} ref={root}>
      <Field label={WIZARD.target} hint={WIZARD.targetHint} required validationMessage={problems.target}>
        <FigureInput answers={answers} value={answers.target} onChange={(target) => onChange({ target })} />
      </Field>
      <Field
        label={WIZARD.deadline}
        hint={WIZARD.deadlineHint(formatDay(asOf))}
        required
        validationMessage={problems.deadline}
      >
        <Input
          className={styles.input}
          type="date"
          style={scheme && { colorScheme: scheme }}
          min={formatDay(asOf + 1)}
          value={answers.deadline}
          onChange={(_e, d) => onChange({ deadline: d.value })}
        />
      </Field>
    </div>
  );
}

export function OwnerStep({
  answers,
  problems,
  onChange,
  owners,
}: StepProps & { owners: readonly string[] }) {
  const styles = useFieldStyles();
  const typed = answers.owner.trim().toLowerCase();
  // Everyone while the box is empty or holds a name picked from it; else the names that match.
  const shown =
    typed === '' || owners.some((o) => o.toLowerCase() === typed)
      ? owners
      : owners.filter((o) => o.toLowerCase().includes(typed));
  return (
    <div className={styles.fields}>
      <Field label={WIZARD.owner} hint={WIZARD.ownerHint} required validationMessage={problems.owner}>
        <Combobox
          className={styles.input}
          freeform
          value={answers.owner}
          selectedOptions={owners.includes(answers.owner) ? [answers.owner] : []}
          onChange={(e) => onChange({ owner: e.target.value })}
          onOptionSelect={(_e, d) => d.optionText !== undefined && onChange({ owner: d.optionText })}
        >
          {shown.map((owner) => (
            <Option key={owner} value={owner}>
              {owner}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={WIZARD.priority} hint={WIZARD.priorityHint}>
        <Select
          className={styles.input}
          value={answers.priority}
          onChange={(_e, d) => onChange({ priority: d.value })}
        >
          {PRIORITIES.map((n) => (
            <option key={n} value={String(n)}>
              {WIZARD.priorityOption(n)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
