import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useTargetPickerStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  option: {
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  label: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  name: {
    ...typographyStyles.body1Strong,
    // Fluent greys an unchecked radio's label; every choice here is as readable as the chosen one.
    color: tokens.colorNeutralForeground1,
  },
  description: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
});
