import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useOutcomeMessageStyles = makeStyles({
  // On its own line: beside the text it wraps badly in a 300 px pane.
  title: {
    display: 'block',
  },
  list: {
    marginBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  sheet: {
    ...typographyStyles.body1,
  },
  note: {
    ...typographyStyles.caption1,
    display: 'block',
    marginBlockStart: tokens.spacingVerticalXXS,
  },
});
