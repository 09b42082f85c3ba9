import { Text, useId } from '@fluentui/react-components';
import type { Language } from '../cells/errors.js';
import type { ShareHost } from '../share/run.js';
import { shareStrings } from './share-strings.js';
import { ShareActions } from './ShareActions.js';
import { useSidebarStyles } from './Sidebar.styles.js';

/** Props of {@link ShareSection}. */
export interface ShareSectionProps {
  readonly share: ShareHost;
  readonly language: Language;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

/** The sidebar's "share the workbook" section: a heading and the sharing actions, under a divider. */
export function ShareSection({ share, language, disabled = false }: ShareSectionProps): React.JSX.Element {
  const styles = useSidebarStyles();
  const headingId = useId('share');
  return (
    <>
      <hr className={styles.divider} />
      <section className={styles.section} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} className={styles.heading}>
          {shareStrings(language).title}
        </Text>
        <ShareActions share={share} language={language} disabled={disabled} />
      </section>
    </>
  );
}
