/**
 * A whole-number input that refuses out-of-range values visibly (issue 11: "hours 5000" used to be dropped
 * while the field kept showing it). What the user typed stays in the field, with an inline message tied to
 * it by aria-describedby and aria-invalid, until it is valid (then saved) or Escape puts the stored value
 * back. The stored value never changes on an invalid entry. Limits come from the caller, who reads them from
 * the modules that validate settings, so the page and the storage checks cannot disagree.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t } from '../i18n';

export interface NumberFieldProps {
  id: string;
  /** The stored value: shown whenever the user is not mid-edit. */
  value: number;
  min: number;
  max: number;
  /** The accessible name, when no visible <label for> names the field. */
  label?: string;
  disabled?: boolean;
  onSave(n: number): void;
}

/** null for a whole number in [min, max], else the message to show. */
export function rangeError(raw: string, min: number, max: number): string | null {
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (Number.isInteger(n) && n >= min && n <= max) return null;
  return t('options_error_range', formatNumber(min), formatNumber(max));
}

export function NumberField({ id, value, min, max, label, disabled, onSave }: NumberFieldProps) {
  // null: not editing, the field shows the stored value (and follows changes made on another page).
  const [draft, setDraft] = useState<string | null>(null);
  const error = draft === null ? null : rangeError(draft, min, max);
  const errorId = `${id}-error`;
  // A saved draft stays on screen until storage answers with the new value, so the old one never flashes
  // back; a stored change from elsewhere replaces a valid draft too. An invalid draft stays until fixed.
  useEffect(() => {
    if (draft !== null && rangeError(draft, min, max) === null) setDraft(null);
  }, [value]);
  return (
    <span class="number-field">
      <input
        id={id}
        type="number"
        class="narrow"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        aria-label={label}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        value={draft ?? String(value)}
        onInput={(e) => setDraft(e.currentTarget.value)}
        // change = the user committed (Enter, blur, a spin-button step): save if valid, else keep showing why.
        onChange={(e) => {
          const raw = e.currentTarget.value;
          if (rangeError(raw, min, max) !== null || Number(raw) !== value) setDraft(raw);
          else setDraft(null);
          if (rangeError(raw, min, max) === null && Number(raw) !== value) onSave(Number(raw));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            setDraft(null);
          }
        }}
      />
      {error && (
        <span id={errorId} class="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
