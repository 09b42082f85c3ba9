import { makeStyles, tokens } from '@fluentui/react-components';

export const useLanguageSwitchStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  buttons: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
  },
});
