/**
 * The needle length picker: the options page's setting, the welcome, "Did you roll?" and "Log a session
 * now" all offer the same steps (NEEDLE_STEPS) in the locale's digits.
 */
import { NEEDLE_STEPS } from '../recovery/tiers';
import { formatNeedle } from './time-format';

export function NeedleSelect({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: number;
  onChange: (mm: number) => void;
  describedBy?: string;
}) {
  return (
    <select
      id={id}
      aria-describedby={describedBy}
      value={String(value)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
    >
      {NEEDLE_STEPS.map((mm) => (
        <option key={mm} value={String(mm)}>
          {formatNeedle(mm)}
        </option>
      ))}
    </select>
  );
}
