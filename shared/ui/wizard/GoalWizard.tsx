import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { analyzeGoal } from '../../analyses/goals/smart';
import type { GrowthDriver } from '../../analyses/goals/types';
import type { CellLocation } from '../../ground/types';
import { cellLocation } from '../../ground/address';
import type { LintRun, WorkbookChange } from '../usePipelint';
import { SeverityIcon } from '../SeverityIcon';
import {
  WIZARD_STEPS,
  blankAnswers,
  composeSentence,
  readDay,
  readNumber,
  stepProblems,
  withDriver,
  type AnswerProblems,
} from './answers';
import {
  goalChange,
  goalLanded,
  goalValues,
  knownOwners,
  placeGoal,
  rowProblems,
  type GoalPlace,
} from './goalRow';
import { pipelineNeed } from './pipelineNeed';
import { DriverStep, MetricStep, OwnerStep, TargetStep } from './AnswerSteps';
import { ReviewStep } from './ReviewStep';
import { StepIndicator } from './StepIndicator';
import type { GoalAnswers } from './types';
import { WIZARD } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  focusable: {
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  nav: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  soFar: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  problems: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  problem: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'start',
    overflowWrap: 'anywhere',
  },
  rule: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface GoalWizardProps {
  run: LintRun;
  busy: boolean;
  /** Writes the change undoably and lints again; resolves once the new lint is in. */
  onWrite(change: WorkbookChange): Promise<void>;
  onSelect(location: CellLocation): void;
}

/** What was submitted, and the lint it was submitted against, to tell a refused write from an undone one. */
interface Submitted {
  place: GoalPlace;
  before: Date;
  landed: boolean;
}

/**
 * The goal wizard: a goal set one question at a time (growth driver, metric and baseline, target
 * and deadline, owner and priority), then reviewed as a sentence judged SMART letter by letter,
 * with the pipeline its target needs, and written as a row of the Goals sheet.
 */
export function GoalWizard({ run, busy, onWrite, onSelect }: GoalWizardProps) {
  const styles = useStyles();
  const model = run.result.model;
  const { asOf, decimal, dateOrder } = run.config;
  const context = useMemo(() => ({ asOf, decimal }), [asOf, decimal]);
  const [answers, setAnswers] = useState<GoalAnswers>(() => blankAnswers(model.currency()));
  const [step, setStep] = useState(0);
  const [tried, setTried] = useState(false);
  const [edited, setEdited] = useState<string>();
  const [submitted, setSubmitted] = useState<Submitted>();
  const [writing, setWriting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const moved = useRef(false);

  const name = WIZARD_STEPS[step];
  const built = composeSentence(answers, decimal);
  const sentence = edited ?? built;
  const problems: AnswerProblems = useMemo(
    () => (name === 'review' ? {} : stepProblems(name, answers, context)),
    [name, answers, context],
  );
  const sentenceProblem = name === 'review' && !sentence.trim() ? WIZARD.sentenceMissing : undefined;

  // Typing stays quick while the analysis, a few milliseconds of parsing, catches up.
  const judged = useDeferredValue(sentence);
  const maxGrowth = (
    run.config.rules.get('goal/not-achievable')?.options as { maxGrowth?: number } | undefined
  )?.maxGrowth;
  const analysis = useMemo(
    () => analyzeGoal(judged, { asOf, dateOrder, ...(maxGrowth !== undefined && { maxGrowth }) }),
    [judged, asOf, dateOrder, maxGrowth],
  );
  const place = useMemo(() => placeGoal(model), [model]);
  const owners = useMemo(() => knownOwners(model), [model]);
  const need = useMemo(
    () =>
      pipelineNeed(model, {
        owner: answers.owner,
        unit: answers.unit,
        target: readNumber(answers.target, decimal),
        deadline: readDay(answers.deadline),
        analysis,
      }),
    [model, answers, decimal, analysis],
  );

  // The lint after a write says whether the row is there; once it was, its absence means Undo.
  const landed = submitted ? goalLanded(model, submitted.place) : false;
  useEffect(() => {
    if (landed && submitted && !submitted.landed) setSubmitted({ ...submitted, landed: true });
  }, [landed, submitted]);

  // Each new step is announced by moving the focus to its heading ("Step 2 of 5: ..."), as a
  // screen reader user would otherwise not know the form under them changed.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step, landed]);

  const go = (index: number) => {
    moved.current = true;
    setTried(false);
    setStep(index);
  };
  const change = (patch: Partial<GoalAnswers>) => setAnswers((a) => ({ ...a, ...patch }));
  const next = async () => {
    if (Object.keys(problems).length > 0 || sentenceProblem) {
      setTried(true);
      // The first field to fix takes the focus, so its message is read out.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (name !== 'review') return go(step + 1);
    const before = run.at;
    setWriting(true);
    try {
      await onWrite(goalChange(goalValues(answers, sentence, decimal), place));
    } finally {
      setWriting(false);
    }
    moved.current = true;
    setSubmitted({ place, before, landed: false });
  };
  const startOver = () => {
    setAnswers(blankAnswers(model.currency()));
    setEdited(undefined);
    setSubmitted(undefined);
    go(0);
  };

  if (submitted && landed) {
    const found = rowProblems(run.result.diagnostics, submitted.place);
    const { sheet, row } = submitted.place;
    return (
      <section className={styles.root} aria-label={WIZARD.label}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <span ref={heading} tabIndex={-1} className={styles.focusable}>
                {WIZARD.added(submitted.place.address)}
              </span>
            </MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
        <Body1>{found.length ? WIZARD.rowProblems(found.length) : WIZARD.rowClean}</Body1>
        {found.length > 0 && (
          <ul className={styles.problems}>
            {found.map((d, i) => (
              <li key={i} className={styles.problem}>
                <SeverityIcon severity={d.severity} />
                <span>
                  {d.message}
                  <span className={styles.rule}>
                    {WIZARD.severity(d.severity)} · {d.ruleId} · {d.location.address}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            onClick={() => onSelect(cellLocation(sheet, row, submitted.place.table?.columns.goal ?? 1))}
          >
            {WIZARD.selectRow}
          </Button>
          <Button onClick={startOver}>{WIZARD.startOver}</Button>
        </div>
      </section>
    );
  }

  const shown = tried ? problems : {};
  return (
    <section className={styles.root} aria-label={WIZARD.label}>
      {step === 0 && <p className={styles.intro}>{WIZARD.intro}</p>}
      <StepIndicator current={step} onGo={go} />
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {WIZARD.stepHeading(step, WIZARD_STEPS.length, name)}
      </h2>
      {submitted && !landed && (
        <MessageBar intent={submitted.landed ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>{submitted.landed ? WIZARD.undone : WIZARD.notWritten}</MessageBarBody>
        </MessageBar>
      )}
      <form
        ref={form}
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void next();
        }}
      >
        {name === 'driver' && (
          <DriverStep
            answers={answers}
            problems={shown}
            onDriver={(driver: GrowthDriver) => setAnswers((a) => withDriver(a, driver))}
          />
        )}
        {name === 'metric' && <MetricStep answers={answers} problems={shown} onChange={change} />}
        {name === 'target' && <TargetStep answers={answers} problems={shown} onChange={change} asOf={asOf} />}
        {name === 'owner' && (
          <OwnerStep answers={answers} problems={shown} onChange={change} owners={owners} />
        )}
        {name === 'review' && (
          <ReviewStep
            answers={answers}
            sentence={sentence}
            edited={edited !== undefined && edited !== built}
            problem={tried ? sentenceProblem : undefined}
            analysis={analysis}
            need={need}
            placeNote={WIZARD.rowPreview(place.sheet, place.row, place.creates)}
            onSentence={setEdited}
            onResetSentence={() => setEdited(undefined)}
          />
        )}
        {name !== 'review' && step > 0 && built && (
          <p className={styles.soFar}>
            {WIZARD.soFar} {built}
          </p>
        )}
        <div className={styles.nav}>
          <Button disabled={step === 0} onClick={() => go(step - 1)}>
            {WIZARD.back}
          </Button>
          <Button
            appearance="primary"
            type="submit"
            disabledFocusable={writing || (name === 'review' && busy)}
          >
            {name === 'review' ? (writing ? WIZARD.adding : WIZARD.add) : WIZARD.next}
          </Button>
        </div>
      </form>
    </section>
  );
}
