import { Button, Label, useId } from '@fluentui/react-components';
import type { Language } from '../cells/errors.js';
import type { SidebarStrings } from './strings.js';
import { useLanguageSwitchStyles } from './LanguageSwitch.styles.js';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  readonly strings: SidebarStrings;
  /** The language the sheets (and the sidebar) are written in. */
  readonly language: Language;
  readonly onChange: (language: Language) => void;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

const LANGUAGES: readonly { readonly value: Language; readonly label: string; readonly name: string }[] = [
  { value: 'fr', label: 'FR', name: 'Français' },
  { value: 'en', label: 'EN', name: 'English' },
];

/** FR / EN: the language of the sheets built and of the sidebar itself. */
export function LanguageSwitch({ strings, language, onChange, disabled = false }: LanguageSwitchProps): React.JSX.Element {
  const styles = useLanguageSwitchStyles();
  const labelId = useId('language');
  return (
    <div className={styles.root}>
      <Label id={labelId} size="small">
        {strings.languageLabel}
      </Label>
      <div className={styles.buttons} role="group" aria-labelledby={labelId}>
        {LANGUAGES.map((option) => (
          // A toggle: the language chosen is the pressed button (Fluent's ToggleButton would add only
          // its checked colours, which the primary appearance already gives).
          <Button
            key={option.value}
            size="small"
            shape="rounded"
            appearance={option.value === language ? 'primary' : 'secondary'}
            aria-pressed={option.value === language}
            disabled={disabled}
            title={option.name}
            lang={option.value}
            onClick={() => {
              onChange(option.value);
            }}
          >
            {option.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
