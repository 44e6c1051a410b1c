import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ConfigProblem } from '../index';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** A bad config stops linting, as the CLI's exit code 2 does, and names each bad key. */
export function ConfigProblems({ problems }: { problems: ConfigProblem[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.configTitle}</MessageBarTitle>
        {STRINGS.configHint}
        <ul className={styles.list}>
          {problems.map((p) => (
            <li key={`${p.path}\u0000${p.message}`}>
              <code className={styles.path}>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
