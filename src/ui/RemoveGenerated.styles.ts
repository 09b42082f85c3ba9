import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useRemoveGeneratedStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  button: {
    width: '100%',
  },
});
