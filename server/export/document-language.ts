/** The export's «dokumentspråk» (lib/document-language.ts), for the export helpers beside this file. */
export { DOCUMENT_LANGUAGE_PARAM, documentLocale, withDocumentLocale } from "~/lib/document-language";
