import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useShareActionsStyles = makeStyles({
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
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '240px',
    overflowY: 'auto',
  },
  where: {
    fontWeight: tokens.fontWeightSemibold,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: 'break-all',
  },
});
