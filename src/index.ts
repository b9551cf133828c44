// Package entry: the library API.
export { loadNetwork, parseNetwork, derive, emit } from './api.js';
export type { DeriveOptions, Format, NetworkDefinition, DerivationDocument, NumberPolicy, Graph } from './api.js';
export { verify, annotate, formatReport, formatOfPath } from './api.js';
export type { VerifyReport, VerifyOptions, LocatedClaim, VerifySkip, ReportFormat, DocumentFormat, Verdict } from './api.js';
export { InputError, NumericError } from './util/errors.js';
