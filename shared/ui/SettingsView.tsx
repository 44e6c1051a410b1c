import { useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import type { StageConfig } from '../sheets/stages';
import type { SheetSettings } from '../sheets/kinds/settings';
import { RULES } from '../rules';
import type { LintRun, SettingsTarget } from './usePipelint';
import {
  LEVELS,
  settingsOf,
  settingsTarget,
  sheetSettings,
  validLocale,
  withStage,
  type DateOrderChoice,
  type GeneralSettings,
  type Level,
} from './settingsForm';
import { aliasList } from '../sheets/kinds/settings';
import { percentPoints } from '../ground/words';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  stage: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  stageFields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5em, 1fr))',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'end',
  },
  rules: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  rule: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  ruleId: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  general: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(10em, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // Fluent's inputs keep a minimum width of their own; in a narrow pane they must shrink with the grid.
  input: { minWidth: 0, width: '100%' },
});

/** A number field's text as a number, or undefined when blank or not a number. */
const numberOf = (text: string) =>
  text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text);

/**
 * A stage's other names, typed as one comma-separated line. The text is kept as typed (a list
 * rebuilt on every key would swallow the comma just typed); the list it means goes to the form.
 */
function AliasField({
  className,
  inputClassName,
  aliases,
  onChange,
}: {
  className: string;
  inputClassName: string;
  aliases?: string[];
  onChange(aliases: string[] | undefined): void;
}) {
  const [text, setText] = useState(aliases?.join(', ') ?? '');
  return (
    <Field label={STRINGS.aliases} className={className}>
      <Input
        className={inputClassName}
        value={text}
        placeholder={STRINGS.aliasesPlaceholder}
        onChange={(_e, d) => {
          setText(d.value);
          onChange(aliasList(d.value));
        }}
      />
    </Field>
  );
}

export interface SettingsViewProps {
  run: LintRun;
  busy: boolean;
  onSave(settings: SheetSettings, target: SettingsTarget): void;
}

/**
 * The team's settings, kept in the workbook's settings sheet so the command line, Excel and Google
 * Sheets lint alike: the stages (open, won or lost, day limit, probability, required), each rule's
 * level, the as-of day. It starts from what the last lint used, learnt stages included.
 */
export function SettingsView({ run, busy, onSave }: SettingsViewProps) {
  const styles = useStyles();
  const start = useMemo(() => settingsOf(run), [run]);
  const [general, setGeneral] = useState<GeneralSettings>(start.general);
  const set = (patch: Partial<GeneralSettings>) => setGeneral((g) => ({ ...g, ...patch }));
  const localeOk = validLocale(general.locale);
  const [stages, setStages] = useState<StageConfig[]>(start.stages);
  const [levels, setLevels] = useState(start.levels);
  const [filter, setFilter] = useState('');
  const target = settingsTarget(run);

  const change = (i: number, patch: Partial<StageConfig>) =>
    setStages((list) =>
      list.map((s, j) => {
        if (j !== i) return s;
        const next: StageConfig = { ...s, ...patch };
        for (const key of Object.keys(patch) as (keyof StageConfig)[])
          if (next[key] === undefined || next[key] === false) delete next[key];
        return next;
      }),
    );
  const save = () => onSave(sheetSettings(general, stages, levels), target);
  const words = filter.toLowerCase();

  return (
    <section className={styles.root} aria-label={STRINGS.settingsLabel}>
      <span className={styles.note}>{STRINGS.settingsNote(target.sheet)}</span>
      <Field label={STRINGS.asOfLabel}>
        <Input type="date" value={general.asOf} onChange={(_e, d) => set({ asOf: d.value })} />
      </Field>
      <div className={styles.general}>
        <Field
          label={STRINGS.localeLabel}
          hint={STRINGS.localeHint}
          validationState={localeOk ? 'none' : 'error'}
          validationMessage={localeOk ? undefined : STRINGS.localeInvalid}
        >
          <Input
            className={styles.input}
            value={general.locale}
            placeholder="en-US"
            onChange={(_e, d) => set({ locale: d.value })}
          />
        </Field>
        <Field label={STRINGS.dateOrderLabel}>
          <Select
            className={styles.input}
            value={general.dateOrder}
            onChange={(_e, d) => set({ dateOrder: d.value as DateOrderChoice })}
          >
            <option value="">{STRINGS.dateOrderFromLocale}</option>
            <option value="DMY">{STRINGS.dateOrderDMY}</option>
            <option value="MDY">{STRINGS.dateOrderMDY}</option>
          </Select>
        </Field>
      </div>

      <Subtitle2 as="h2">{STRINGS.stagesTitle}</Subtitle2>
      {stages.map((stage, i) => (
        <div key={i} className={styles.stage} role="group" aria-label={STRINGS.stageLabel(stage.name)}>
          <div className={styles.stageFields}>
            <Field label={STRINGS.stageName}>
              <Input
                className={styles.input}
                value={stage.name}
                onChange={(_e, d) => change(i, { name: d.value })}
              />
            </Field>
            <Field label={STRINGS.stageKind}>
              <Select
                className={styles.input}
                value={stage.closed ?? 'open'}
                onChange={(_e, d) =>
                  change(i, { closed: d.value === 'open' ? undefined : (d.value as 'won' | 'lost') })
                }
              >
                <option value="open">open</option>
                <option value="won">won</option>
                <option value="lost">lost</option>
              </Select>
            </Field>
            <Field label={STRINGS.maxDays}>
              <Input
                className={styles.input}
                type="number"
                min={1}
                value={stage.maxDays === undefined ? '' : String(stage.maxDays)}
                onChange={(_e, d) => change(i, { maxDays: numberOf(d.value) })}
              />
            </Field>
            <Field label={STRINGS.probability}>
              <Input
                className={styles.input}
                type="number"
                min={0}
                max={100}
                value={stage.probability === undefined ? '' : String(percentPoints(stage.probability))}
                onChange={(_e, d) => {
                  const n = numberOf(d.value);
                  change(i, { probability: n === undefined ? undefined : n / 100 });
                }}
              />
            </Field>
            <AliasField
              key={stage.name}
              className={styles.wide}
              inputClassName={styles.input}
              aliases={stage.aliases}
              onChange={(aliases) => change(i, { aliases })}
            />
            <Checkbox
              label={STRINGS.required}
              checked={stage.required === true}
              onChange={(_e, d) => change(i, { required: d.checked === true })}
            />
          </div>
          <Button
            appearance="subtle"
            icon={<Delete16Regular />}
            aria-label={STRINGS.removeStage(stage.name)}
            onClick={() => setStages((list) => list.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <Button icon={<Add16Regular />} onClick={() => setStages((list) => withStage(list, STRINGS.newStage))}>
        {STRINGS.addStage}
      </Button>

      <Subtitle2 as="h2">{STRINGS.rulesTitle}</Subtitle2>
      <Input
        placeholder={STRINGS.filterRules}
        value={filter}
        onChange={(_e, d) => setFilter(d.value)}
        aria-label={STRINGS.filterRules}
      />
      <div className={styles.rules}>
        {RULES.filter((r) => r.meta.id.includes(words)).map((r) => (
          <label key={r.meta.id} className={styles.rule} title={r.meta.description}>
            <span className={styles.ruleId}>{r.meta.id}</span>
            <Select
              size="small"
              value={levels.get(r.meta.id)}
              aria-label={STRINGS.ruleLevel(r.meta.id)}
              onChange={(_e, d) => setLevels((m) => new Map(m).set(r.meta.id, d.value as Level))}
            >
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </Select>
          </label>
        ))}
      </div>

      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy || !localeOk} onClick={save}>
          {STRINGS.saveSettings}
        </Button>
      </div>
    </section>
  );
}
