// Package entry: the library API.
export { loadNetwork, parseNetwork, derive, emit, truthTableOf, hessianOf, draw, presentationExtras, train, sweep, starterNetwork } from './api.js';
export type { DeriveOptions, EmitExtras, Format, NetworkDefinition, DerivationDocument, NumberPolicy, Graph, DrawOptions, TrainingOptions, TrainingResult, SweepResult, StarterOptions } from './api.js';
export { verify, annotate, verifyOutcome, formatReport, formatOfPath } from './api.js';
export type { VerifyReport, VerifyOptions, LocatedClaim, VerifySkip, ReportFormat, DocumentFormat, Verdict, Outcome } from './api.js';
export { InputError, NumericError } from './api.js';
