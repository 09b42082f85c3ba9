import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSelectionCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  expects: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  addressRow: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  addressIcon: {
    flexShrink: 0,
    fontSize: '20px',
    color: tokens.colorBrandForeground1,
  },
  address: {
    ...typographyStyles.body1Strong,
    fontFamily: tokens.fontFamilyMonospace,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  size: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  empty: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  problemTitle: {
    display: 'block',
  },
  refresh: {
    alignSelf: 'flex-start',
  },
});
