export {
  FORM_HEADER_ROW,
  FORM_MEMBER_ROW,
  criterionHeader,
  scoringFormLayout,
  type FormOptions,
} from "./layout";
export { fileStem, formFileNames, formSheetNames, formSourceName, sheetSafe } from "./names";
export { isScoringForm, readScoringForm, sameName, type FormRead } from "./read";
export { FORM_TITLE } from "./vocab";
