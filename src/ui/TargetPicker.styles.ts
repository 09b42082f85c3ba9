import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useTargetPickerStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  groupName: {
    ...typographyStyles.body1Strong,
  },
  groupLine: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    marginInline: 0,
  },
  groupDescription: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    paddingInline: tokens.spacingHorizontalS,
  },
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
