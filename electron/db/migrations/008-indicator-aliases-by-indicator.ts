import type { Migration } from '../migration';

/**
 * An indicator's aliases by a seek: getIndicator (the indicator detail, every import
 * that links a figure) read them by scanning the whole alias table, which grows by one
 * row for each wording the staff confirm. The foreign key's ON DELETE CASCADE, when an
 * indicator is removed, uses the same index.
 */
export const indicatorAliasesByIndicator: Migration = {
  version: 8,
  name: 'indicator aliases by indicator',
  up(db) {
    db.exec('CREATE INDEX indicator_aliases_indicator ON indicator_aliases (indicator_id, id);');
  },
};
