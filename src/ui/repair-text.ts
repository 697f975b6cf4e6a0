/**
 * Repair codes and import errors (src/settings.ts) in the user's language, for the options page's repair
 * notice and the import message. A note stored before repairs were codes is shown as it was written.
 */
import { MAX_SESSIONS } from '../recovery/limits';
import type { ImportError, RepairCode } from '../settings';
import { categoryLabel } from './categories';
import { CATEGORY_IDS, type CategoryId } from '../ingredients/categories';
import { formatList, formatNumber, t, tn, type MessageKey } from './i18n';
import { MAX_SHELF_PRODUCTS } from '../shelf/limits';

const FIELDS: Record<string, MessageKey> = {
  needleMm: 'repair_field_needle',
  plan: 'repair_field_plan',
  time: 'repair_field_time',
  reminders: 'repair_field_reminders',
  checklist: 'repair_field_checklist',
  since: 'repair_field_since',
  overrides: 'repair_field_overrides',
  'settings:not-an-object': 'repair_settings_not_object',
  'settings:missing': 'repair_settings_missing',
  'sessions:not-a-list': 'repair_sessions_not_list',
};

export function repairText(code: RepairCode): string {
  const field = FIELDS[code];
  if (field) return t(field);
  const [kind, detail, count] = code.split(':');
  const n = Number(count);
  if (kind === 'sessions' && detail === 'invalid' && n > 0) return tn('repair_sessions_invalid', n);
  if (kind === 'sessions' && detail === 'over-cap' && n > 0)
    return tn('repair_sessions_over_cap', n, MAX_SESSIONS);
  if (kind === 'skipped' && detail === 'invalid' && n > 0) return tn('repair_skipped_invalid', n);
  if (code === 'shelf:not-a-list') return t('repair_shelf_not_list');
  if (kind === 'shelf' && detail === 'product' && n > 0) return t('repair_shelf_product', formatNumber(n));
  if (kind === 'shelf' && detail === 'no-list' && n > 0) return tn('repair_shelf_no_list', n);
  if (kind === 'shelf' && detail === 'over-cap' && n > 0)
    return tn('repair_shelf_over_cap', n, formatNumber(MAX_SHELF_PRODUCTS));
  if (kind === 'override' && detail) {
    const category = detail.split('/')[1];
    return t(
      'repair_override',
      category && CATEGORY_IDS.includes(category as CategoryId)
        ? categoryLabel(category as CategoryId)
        : detail,
    );
  }
  return code;
}

export const repairsText = (codes: readonly RepairCode[]): string => formatList(codes.map(repairText));

export function importErrorText(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('import_error_too_large');
    case 'not-json':
      return t('import_error_not_json');
    case 'not-an-export':
      return t('import_error_not_export');
    case 'unsupported-version':
      return t('import_error_version', error.version);
    case 'invalid-values':
      return t('import_error_invalid', repairsText(error.problems));
  }
}
