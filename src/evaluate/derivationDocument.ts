// The derivation with its layout, names and values, all computed before printing: what every emitter and verify receive.
// It lives in evaluate, the last stage it needs (derive's layout, graph's names, evaluate's values), so the stages after
// it (emit, draw, train, verify) share it without importing each other.
import type { Derivation } from '../derive/deriveGraph.js';
import type { Layout } from '../derive/layout.js';
import type { MiniBatchStep, Round } from './iterate.js';
import type { Valuation } from './valueLayout.js';
import type { Notation } from '../graph/notation/index.js';
import type { MatrixLayout } from '../derive/matrix/matrixTypes.js';

export interface DerivationDocument {
  title: string;
  /** The network file's name, for the header line. */
  source: string;
  derivation: Derivation;
  layout: Layout;
  notation: Notation;
  valuation: Valuation;
  /** The matrix form (derive --form matrix), printed instead of the layout's sections. */
  matrix?: MatrixLayout;
  /** Rounds of gradient descent (derive --iterations N), when asked for. */
  rounds?: Round[];
  /** Steps of online or mini-batch SGD over the file's examples (derive --iterations N --batch-size B). */
  steps?: MiniBatchStep[];
}
