export * from './types.js';
export { openSqliteQuestionLog, type SqliteQuestionLogOptions } from './sqlite-question-log.js';
export { csvCell, csvLine, queueToCsv } from './csv.js';
export { cstDayEnd, cstDayStart } from './filters.js';
