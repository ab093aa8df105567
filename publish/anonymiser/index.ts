/**
 * The anonymiser of Latvian court rulings and its residual-PII gate.
 *
 *   anonymise(text, { parties?, officials? }) → { text, replacements, persons }
 *   residualPiiGate(anonymisedText, { parties? }) → { pass, reasons }
 *
 * The publisher calls both: a ruling is published only if the gate passes.
 */
export { anonymise, personLetter, PERSON_LETTERS } from './anonymise.ts';
export { residualPiiGate, type GateResult, type GateReason } from './gate.ts';
export {
  CATEGORY_LABEL,
  CATEGORIES,
  type Category,
  type Replacement,
  type Party,
  type AnonymiseOptions,
  type AnonymiseResult,
} from './types.ts';
export { anonymiseDirectory, type AnonymiseSummary, AnonymiseInputError } from './directory.ts';
