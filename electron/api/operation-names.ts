/**
 * The names of the API's operations, without their schemas: what the preload and the
 * renderer need to build one caller per operation, without bundling zod and the
 * contract's schemas (the main process and the bridge validate). contract.ts declares
 * its schemas against this list, so a name missing on either side does not compile.
 */
export const OPERATION_NAMES = [
  'appInfo',
  'listSessions',
  'getSession',
  'getSessionDetail',
  'listSessionTasks',
  'createSession',
  'updateSession',
  'deleteSession',
  'listAgencies',
  'updateAgency',
  'search',
  'loadSample',
  'createIndicator',
  'updateIndicator',
  'createTarget',
  'updateTarget',
  'deleteTarget',
  'createObservation',
  'updateObservation',
  'deleteObservation',
  'listIndicators',
  'getIndicator',
  'listTasks',
  'getTaskHistory',
  'createTask',
  'updateTask',
  'updateTaskStatuses',
  'getDashboard',
  'getSessionChanges',
  'importDraft',
  'saveImport',
  'importSpreadsheet',
  'indicatorSpreadsheetTemplate',
  'exportDocument',
  'listTemplates',
  'getThresholds',
  'updateThresholds',
  'getDataFolder',
  'backupNow',
  'restoreBackup',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];
