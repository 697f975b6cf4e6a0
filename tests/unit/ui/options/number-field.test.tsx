// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { NumberField, rangeError } from '../../../../src/ui/options/number-field';
import { useCatalogue } from '../fake-i18n';

beforeEach(() => useCatalogue('en', 'en-US'));
afterEach(cleanup);

/** The field over a stored value that changes only when onSave is called, as storage does. */
function Stored({ onSave }: { onSave: (n: number) => void }) {
  const [value, setValue] = useState(72);
  return (
    <NumberField
      id="hold"
      label="Retinoid: hours to hold after a session"
      value={value}
      min={0}
      max={1440}
      onSave={(n) => {
        onSave(n);
        setValue(n);
      }}
    />
  );
}

function commit(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
}

test('an out-of-range value is refused visibly: kept in the field, aria-invalid, described, not saved', () => {
  const onSave = vi.fn();
  const { getByLabelText, container } = render(<Stored onSave={onSave} />);
  const input = getByLabelText('Retinoid: hours to hold after a session') as HTMLInputElement;
  commit(input, '5000');
  expect(onSave).not.toHaveBeenCalled();
  expect(input.value).toBe('5000');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const error = container.querySelector(`#${input.getAttribute('aria-describedby')}`);
  expect(error?.textContent).toBe('Not saved: enter a whole number from 0 to 1,440.');
  expect(error?.getAttribute('role')).toBe('alert');
});

test('Escape puts the stored value back and clears the error', () => {
  const { getByLabelText, queryByRole } = render(<Stored onSave={vi.fn()} />);
  const input = getByLabelText('Retinoid: hours to hold after a session') as HTMLInputElement;
  commit(input, '-3');
  fireEvent.keyDown(input, { key: 'Escape' });
  expect(input.value).toBe('72');
  expect(input.hasAttribute('aria-invalid')).toBe(false);
  expect(input.hasAttribute('aria-describedby')).toBe(false);
  expect(queryByRole('alert')).toBeNull();
});

test('a valid value is saved once, and shown without an error', () => {
  const onSave = vi.fn();
  const { getByLabelText, queryByRole } = render(<Stored onSave={onSave} />);
  const input = getByLabelText('Retinoid: hours to hold after a session') as HTMLInputElement;
  commit(input, '96');
  expect(onSave).toHaveBeenCalledExactlyOnceWith(96);
  expect(input.value).toBe('96');
  expect(queryByRole('alert')).toBeNull();
});

test.each([
  ['', false],
  ['abc', false],
  ['1.5', false],
  ['1441', false],
  ['-1', false],
  ['0', true],
  ['1440', true],
])('rangeError(%j) accepts: %s', (raw, ok) => {
  expect(rangeError(raw, 0, 1440) === null).toBe(ok);
});

test('the message in German, with German digits', () => {
  useCatalogue('de', 'de-DE');
  expect(rangeError('5000', 0, 1440)).toBe('Nicht gespeichert: Gib eine ganze Zahl von 0 bis 1.440 ein.');
});
