// What other modules may use from dictionaries: the import report view is generic (any ImportReport).
export { ImportReportView } from './components/ImportReportView';
