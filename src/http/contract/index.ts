/**
 * The published contract of the HTTP API: every route declared with its zod schemas and Chinese examples. The same
 * declarations validate requests (src/http/routes) and make the OpenAPI 3.1 document (GET /api/openapi.json);
 * clients such as the evaluation harness take their types from here.
 */
export { Answer, AskRequest, AskResponse, type AskRequestBody } from './answer.js';
export { askRoute, askStreamRoute } from './ask.js';
export { DepartmentsResponse, DocumentResponse, DocumentsResponse, documentRoute, documentsRoute, departmentsRoute, healthRoute } from './catalog.js';
export { describeIssues, DocId, ErrorEnvelope, unknownFieldsMessage } from './common.js';
export { API_INFO, API_TAGS } from './document.js';
export { chartsRoute, compareRoute, factsRoute } from './figures.js';
export { handoverRoute, type HandoverRequest } from './handover.js';
export { openApiRoute, referenceRoute } from './service.js';
export { exportRoute, logRoute, queueItemRoute, queueRoute, resolveRoute, STAFF_SECURITY_SCHEME } from './staff.js';
