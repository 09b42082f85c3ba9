import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSidebarHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  mark: {
    flexShrink: 0,
    fontSize: '28px',
    color: tokens.colorNeutralForegroundOnBrand,
  },
  titles: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    flexGrow: 1,
  },
  title: {
    ...typographyStyles.subtitle1,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  tagline: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForegroundOnBrand,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});
