// Package entry: the library API.
export { loadNetwork, parseNetwork, derive, emit, truthTableOf, hessianOf, draw, presentationExtras, train, sweep, starterNetwork } from './api.js';
export type { DeriveOptions, EmitExtras, Format, NetworkDefinition, DerivationDocument, NumberPolicy, Graph, DrawOptions, TrainingOptions, TrainingResult, SweepResult, StarterOptions } from './api.js';
export { verifyDocument as verify } from './verify/verifyDocument.js';
export type { VerifyReport, LocatedClaim, VerifySkip } from './verify/verifyDocument.js';
export { formatReport, type ReportFormat } from './verify/formatReport.js';
export type { Verdict } from './verify/verdict.js';
export { InputError, NumericError } from './api.js';
