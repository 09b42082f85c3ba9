import { makeStyles, tokens } from '@fluentui/react-components';

export const useBuildProgressBarStyles = makeStyles({
  field: {
    rowGap: tokens.spacingVerticalXS,
  },
});
