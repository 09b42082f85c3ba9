import { DataTrendingRegular } from '@fluentui/react-icons';
import { Text } from '@fluentui/react-components';
import type { SidebarStrings } from './strings.js';
import { useSidebarHeaderStyles } from './SidebarHeader.styles.js';

/** Props of {@link SidebarHeader}. */
export interface SidebarHeaderProps {
  readonly strings: SidebarStrings;
}

/** The band at the top of the sidebar: the product's name and what it does. */
export function SidebarHeader({ strings }: SidebarHeaderProps): React.JSX.Element {
  const styles = useSidebarHeaderStyles();
  return (
    <header className={styles.root}>
      <DataTrendingRegular className={styles.mark} aria-hidden />
      <div className={styles.titles}>
        <Text as="h1" className={styles.title}>
          {strings.appName}
        </Text>
        <Text className={styles.tagline}>{strings.tagline}</Text>
      </div>
    </header>
  );
}
