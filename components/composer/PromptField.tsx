import { t } from '../../lib/i18n';

/** Props of one "in your own words" prompt. */
export interface PromptFieldProps {
  /** Which prompt: 'why' | 'what_i_do' | 'local' (picks its label and placeholder). */
  name: 'why' | 'what_i_do' | 'local';
  value: string;
  rows: number;
  onChange(value: string): void;
}

/** A labelled text area for the reader's own words; any script, direction follows the text. */
export function PromptField({ name, value, rows, onChange }: PromptFieldProps) {
  return (
    <label class="tlc-field">
      <span class="tlc-label">{t(`composer_${name}`)}</span>
      <textarea
        rows={rows}
        value={value}
        maxLength={5000}
        placeholder={t(`composer_${name}_placeholder`)}
        onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)}
        dir="auto"
        data-testid={name === 'why' ? 'why' : `prompt-${name}`}
      />
    </label>
  );
}
