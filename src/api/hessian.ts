// The Hessian of a derived document for the library API: ∂²E/∂w_i∂w_j at its values, with central differences as a check.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { hessianOf as hessianOfDerivation, type HessianValues } from '../evaluate/evaluateHessian.js';

/** Pass the result to `emit(doc, format, { hessian })` to print it after the derivation (txt, md, tex, json). */
export function hessianOf(doc: DerivationDocument): HessianValues {
  return hessianOfDerivation(doc.derivation, doc.valuation.evaluation);
}
