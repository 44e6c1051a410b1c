import { useState } from 'react';
import {
  Button,
  Field,
  Subtitle2,
  Textarea,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled } from '@fluentui/react-icons';
import { SMART_LETTERS, type GoalAnalysis, type SmartLetter } from '../../analyses/goals/types';
import { percent } from '../../ground/words';
import { evidenceRuns } from './evidence';
import { numberText } from './answers';
import type { PipelineNeed } from './pipelineNeed';
import type { GoalAnswers } from './types';
import { WIZARD } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  input: { minWidth: 0, width: '100%' },
  sentence: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
  },
  // Words a letter rests on: a plain underline when the letter is met, a wavy one when it is not.
  evidence: {
    textDecorationLine: 'underline',
    textDecorationThickness: '2px',
    textUnderlineOffset: '3px',
    textDecorationColor: tokens.colorPaletteGreenForeground1,
  },
  failing: {
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteRedForeground1,
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  letters: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  letter: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    textAlign: 'start',
    padding: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  letterOn: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  pass: { color: tokens.colorPaletteGreenForeground1, marginTop: '2px' },
  fail: { color: tokens.colorPaletteRedForeground1, marginTop: '2px' },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  reason: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  figureName: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  figure: {
    margin: 0,
    textAlign: 'end',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  short: { color: tokens.colorPaletteRedForeground1 },
  covered: { color: tokens.colorPaletteGreenForeground1 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Subtitle2 as h3 would keep the browser's heading margins: the section's gap spaces it.
  title: { margin: 0 },
});

export interface ReviewStepProps {
  answers: GoalAnswers;
  sentence: string;
  /** The sentence has been edited away from the one the answers make. */
  edited: boolean;
  problem?: string;
  analysis: GoalAnalysis;
  need: PipelineNeed;
  placeNote: string;
  onSentence(text: string): void;
  onResetSentence(): void;
}

/** The goal as it will be written, judged letter by letter as it is edited, and what it asks of the pipeline. */
export function ReviewStep(props: ReviewStepProps) {
  const { answers, sentence, edited, problem, analysis, need, placeNote, onSentence, onResetSentence } =
    props;
  const styles = useStyles();
  const [active, setActive] = useState<SmartLetter>();
  // The analysis may trail the text by a keystroke while typing; its offsets are checked against it.
  const runs = evidenceRuns(analysis.text, analysis.criteria);
  return (
    <div className={styles.root}>
      <Field label={WIZARD.sentence} hint={WIZARD.sentenceHint} required validationMessage={problem}>
        <Textarea
          className={styles.input}
          resize="vertical"
          rows={3}
          value={sentence}
          onChange={(_e, d) => onSentence(d.value)}
        />
      </Field>
      {edited && (
        <div>
          <Button size="small" onClick={onResetSentence}>
            {WIZARD.useBuilt}
          </Button>
        </div>
      )}

      <section className={styles.section} aria-label={WIZARD.smartTitle}>
        <Subtitle2 as="h3" className={styles.title}>
          {WIZARD.smartTitle}: {WIZARD.smartScore(analysis.score)}
        </Subtitle2>
        <p className={styles.sentence} aria-label={WIZARD.evidenceLabel}>
          {runs.map((run) =>
            run.letters.length === 0 ? (
              run.text
            ) : (
              <span
                key={run.start}
                data-letters={run.letters.join('')}
                className={mergeClasses(
                  styles.evidence,
                  run.letters.some((l) => !analysis.criteria[l].pass) && styles.failing,
                  active !== undefined && run.letters.includes(active) && styles.active,
                )}
              >
                {run.text}
              </span>
            ),
          )}
        </p>
        <ul className={styles.letters}>
          {SMART_LETTERS.map((letter) => {
            const c = analysis.criteria[letter];
            const Icon = c.pass ? CheckmarkCircle16Filled : DismissCircle16Filled;
            return (
              <li key={letter} data-letter={letter} data-pass={c.pass}>
                <button
                  type="button"
                  className={mergeClasses(styles.letter, active === letter && styles.letterOn)}
                  aria-pressed={active === letter}
                  title={WIZARD.showEvidence(letter)}
                  onClick={() => setActive((a) => (a === letter ? undefined : letter))}
                >
                  <Icon aria-hidden className={c.pass ? styles.pass : styles.fail} />
                  <span>
                    <span className={styles.verdict}>{WIZARD.letterVerdict(letter, c.pass)}</span>
                    <span className={styles.reason}>{c.reason}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <PipelineSection need={need} answers={answers} />
      <p className={styles.note}>{placeNote}</p>
    </div>
  );
}

function PipelineSection({ need, answers }: { need: PipelineNeed; answers: GoalAnswers }) {
  const styles = useStyles();
  const money = (n: number) => numberText(Math.round(n), 'currency', answers.currency);
  const owner = answers.owner.trim();
  let body;
  if (need.kind === 'need') {
    const rate = percent(need.winRate);
    body = (
      <>
        <p className={styles.note}>
          {(need.rateFrom === 'owner' ? WIZARD.rateOwn : WIZARD.rateTeam)(
            owner,
            need.wonDeals,
            need.closedDeals,
            need.winRate,
          )}
        </p>
        <dl className={styles.figures}>
          <dt className={styles.figureName}>
            {WIZARD.needed}
            <span className={styles.reason}>
              {WIZARD.neededFormula(money(need.target), need.booked > 0 ? money(need.booked) : '', rate)}
            </span>
          </dt>
          <dd className={styles.figure}>{money(need.needed)}</dd>
          <dt className={styles.figureName}>
            {WIZARD.open(owner)}
            <span className={styles.reason}>{WIZARD.openDeals(need.openDeals)}</span>
          </dt>
          <dd className={styles.figure}>{money(need.open)}</dd>
          <dt className={styles.figureName}>{WIZARD.coverage}</dt>
          <dd className={mergeClasses(styles.figure, need.gap > 0 ? styles.short : styles.covered)}>
            {Number.isFinite(need.coverage) ? `${need.coverage.toFixed(1)}×` : '—'}
          </dd>
          <dt className={styles.figureName}>{WIZARD.gap}</dt>
          <dd className={mergeClasses(styles.figure, need.gap > 0 ? styles.short : styles.covered)}>
            {need.gap > 0 ? money(need.gap) : WIZARD.covered}
          </dd>
        </dl>
      </>
    );
  } else {
    const text =
      need.kind === 'not-money'
        ? WIZARD.pipelineNotMoney
        : need.kind === 'no-pipeline'
          ? WIZARD.pipelineNoSheet
          : need.kind === 'no-owner'
            ? WIZARD.pipelineNoOwner
            : need.closedDeals >= 5
              ? WIZARD.pipelineNoneWon
              : WIZARD.pipelineNoRate(need.closedDeals);
    body = <p className={styles.note}>{text}</p>;
  }
  return (
    <section className={styles.section} aria-label={WIZARD.pipelineTitle}>
      <Subtitle2 as="h3" className={styles.title}>
        {WIZARD.pipelineTitle}
      </Subtitle2>
      {body}
    </section>
  );
}
