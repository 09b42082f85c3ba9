import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useAuditAdditionsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  groupName: {
    ...typographyStyles.caption1Strong,
    marginTop: tokens.spacingVerticalXS,
  },
});
