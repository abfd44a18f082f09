export { parseDocument, NotABudgetDocumentError } from './parse-document.js';
export { normalizeText } from './normalize.js';
export { readNumber, findAmounts } from './amounts.js';
