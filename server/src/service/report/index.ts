// The audit report: a model built from the analysed files and their findings, rendered as one self-contained page.
export { buildAuditReport, REPORT_TITLE } from './build';
export { auditReportHtml } from './html';
export type * from './types';
