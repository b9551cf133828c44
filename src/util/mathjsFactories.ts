// The mathjs factories backprop-tex uses, as data: where each lives in mathjs' CommonJS build and what it depends on.
// The engine needs parse, the node classes, the functions a formula may call (and verify may evaluate) and
// derivative; the rest of the table is what those depend on, closed under mathjs' own dependency lists (taken
// from mathjs' number build: test/perf/oneMathjs.test.ts checks every row against it, so an upgrade that moves
// or rewires a factory fails there, not at run time). Kinds: `factory` is a mathjs factory exported under
// `export`; `number` / `numberOptionalSecond` wrap a plain number function of plain/number/index.js as a typed
// function (one argument; one or two); `noop` is a placeholder mathjs' number build also uses (no matrices).

export type FactoryKind = 'factory' | 'number' | 'numberOptionalSecond' | 'noop';

export interface FactoryRow {
  /** Path under mathjs/lib/cjs of the module that holds it. */
  file: string;
  export: string;
  kind: FactoryKind;
  /** mathjs' own dependency list (a leading ? marks an optional one, which the lean instance leaves out). */
  dependencies: readonly string[];
  meta?: Readonly<Record<string, boolean>>;
}

/** The names the engine itself reaches for; everything else in FACTORIES is there because one of these needs it. */
export const ENGINE_NAMES = [
  'parse', 'derivative', 'ConstantNode', 'FunctionNode', 'OperatorNode', 'ParenthesisNode', 'SymbolNode', 'ConditionalNode',
  // operators of a formula (parseUserExpression's list) and the functions verify evaluates (evaluateSide's list)
  'add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus', 'larger', 'smaller', 'largerEq', 'smallerEq', 'not',
  'exp', 'log', 'sqrt', 'abs', 'tanh', 'sinh', 'cosh', 'sin', 'cos', 'tan', 'atan', 'max', 'min', 'square', 'e', 'pi',
] as const;

const NODE = { isClass: true, isNode: true };

export const FACTORIES: Readonly<Record<string, FactoryRow>> = {
  parse: { file: 'expression/parse.js', export: 'createParse', kind: 'factory', dependencies: ['AccessorNode', 'ArrayNode', 'AssignmentNode', 'BlockNode', 'ConditionalNode', 'ConstantNode', 'FunctionAssignmentNode', 'FunctionNode', 'IndexNode', 'ObjectNode', 'OperatorNode', 'ParenthesisNode', 'RangeNode', 'RelationalNode', 'SymbolNode', 'config', 'numeric', 'typed'] },
  AccessorNode: { file: 'expression/node/AccessorNode.js', export: 'createAccessorNode', kind: 'factory', dependencies: ['Node', 'subset'], meta: NODE },
  Node: { file: 'expression/node/Node.js', export: 'createNode', kind: 'factory', dependencies: ['mathWithTransform'], meta: NODE },
  subset: { file: 'utils/noop.js', export: 'noSubset', kind: 'noop', dependencies: [] },
  ArrayNode: { file: 'expression/node/ArrayNode.js', export: 'createArrayNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  AssignmentNode: { file: 'expression/node/AssignmentNode.js', export: 'createAssignmentNode', kind: 'factory', dependencies: ['?matrix', 'Node', 'subset'], meta: NODE },
  BlockNode: { file: 'expression/node/BlockNode.js', export: 'createBlockNode', kind: 'factory', dependencies: ['Node', 'ResultSet'], meta: NODE },
  ResultSet: { file: 'type/resultset/ResultSet.js', export: 'createResultSet', kind: 'factory', dependencies: [], meta: { isClass: true } },
  ConditionalNode: { file: 'expression/node/ConditionalNode.js', export: 'createConditionalNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  ConstantNode: { file: 'expression/node/ConstantNode.js', export: 'createConstantNode', kind: 'factory', dependencies: ['Node', 'isBounded'], meta: NODE },
  isBounded: { file: 'function/utils/isBounded.js', export: 'createIsBounded', kind: 'factory', dependencies: ['typed'] },
  typed: { file: 'core/function/typed.js', export: 'createTyped', kind: 'factory', dependencies: ['?BigNumber', '?Complex', '?DenseMatrix', '?Fraction'] },
  FunctionAssignmentNode: { file: 'expression/node/FunctionAssignmentNode.js', export: 'createFunctionAssignmentNode', kind: 'factory', dependencies: ['Node', 'typed'], meta: NODE },
  FunctionNode: { file: 'expression/node/FunctionNode.js', export: 'createFunctionNode', kind: 'factory', dependencies: ['Node', 'SymbolNode', 'math'], meta: NODE },
  SymbolNode: { file: 'expression/node/SymbolNode.js', export: 'createSymbolNode', kind: 'factory', dependencies: ['?Unit', 'Node', 'math'], meta: NODE },
  IndexNode: { file: 'expression/node/IndexNode.js', export: 'createIndexNode', kind: 'factory', dependencies: ['Node', 'size'], meta: NODE },
  size: { file: 'function/matrix/size.js', export: 'createSize', kind: 'factory', dependencies: ['typed'] },
  ObjectNode: { file: 'expression/node/ObjectNode.js', export: 'createObjectNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  OperatorNode: { file: 'expression/node/OperatorNode.js', export: 'createOperatorNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  ParenthesisNode: { file: 'expression/node/ParenthesisNode.js', export: 'createParenthesisNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  RangeNode: { file: 'expression/node/RangeNode.js', export: 'createRangeNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  RelationalNode: { file: 'expression/node/RelationalNode.js', export: 'createRelationalNode', kind: 'factory', dependencies: ['Node'], meta: NODE },
  numeric: { file: 'function/utils/numeric.js', export: 'createNumeric', kind: 'factory', dependencies: ['?bignumber', '?fraction', 'number'] },
  number: { file: 'type/number.js', export: 'createNumber', kind: 'factory', dependencies: ['typed'] },
  derivative: { file: 'function/algebra/derivative.js', export: 'createDerivative', kind: 'factory', dependencies: ['ConstantNode', 'FunctionNode', 'OperatorNode', 'ParenthesisNode', 'SymbolNode', 'config', 'equal', 'isZero', 'numeric', 'parse', 'simplify', 'typed'] },
  equal: { file: 'function/relational/equal.js', export: 'createEqualNumber', kind: 'factory', dependencies: ['equalScalar', 'typed'] },
  equalScalar: { file: 'function/relational/equalScalar.js', export: 'createEqualScalarNumber', kind: 'factory', dependencies: ['config', 'typed'] },
  isZero: { file: 'plain/number/index.js', export: 'isZeroNumber', kind: 'number', dependencies: ['typed'] },
  simplify: { file: 'function/algebra/simplify.js', export: 'createSimplify', kind: 'factory', dependencies: ['AccessorNode', 'ArrayNode', 'ConstantNode', 'FunctionNode', 'IndexNode', 'ObjectNode', 'OperatorNode', 'ParenthesisNode', 'SymbolNode', 'equal', 'parse', 'replacer', 'resolve', 'simplifyConstant', 'simplifyCore', 'typed'] },
  replacer: { file: 'json/replacer.js', export: 'createReplacer', kind: 'factory', dependencies: [] },
  resolve: { file: 'function/algebra/resolve.js', export: 'createResolve', kind: 'factory', dependencies: ['ConstantNode', 'FunctionNode', 'OperatorNode', 'ParenthesisNode', 'parse', 'typed'] },
  simplifyConstant: { file: 'function/algebra/simplifyConstant.js', export: 'createSimplifyConstant', kind: 'factory', dependencies: ['?bignumber', '?fraction', 'AccessorNode', 'ArrayNode', 'ConstantNode', 'FunctionNode', 'IndexNode', 'ObjectNode', 'OperatorNode', 'SymbolNode', 'config', 'isBounded', 'mathWithTransform', 'matrix', 'typed'] },
  matrix: { file: 'utils/noop.js', export: 'noMatrix', kind: 'noop', dependencies: [] },
  simplifyCore: { file: 'function/algebra/simplifyCore.js', export: 'createSimplifyCore', kind: 'factory', dependencies: ['AccessorNode', 'ArrayNode', 'ConstantNode', 'FunctionNode', 'IndexNode', 'ObjectNode', 'OperatorNode', 'ParenthesisNode', 'SymbolNode', 'add', 'divide', 'equal', 'isZero', 'multiply', 'parse', 'pow', 'subtract', 'typed'] },
  add: { file: 'plain/number/index.js', export: 'addNumber', kind: 'number', dependencies: ['typed'] },
  divide: { file: 'plain/number/index.js', export: 'divideNumber', kind: 'number', dependencies: ['typed'] },
  multiply: { file: 'plain/number/index.js', export: 'multiplyNumber', kind: 'number', dependencies: ['typed'] },
  pow: { file: 'plain/number/index.js', export: 'powNumber', kind: 'number', dependencies: ['typed'] },
  subtract: { file: 'plain/number/index.js', export: 'subtractNumber', kind: 'number', dependencies: ['typed'] },
  unaryMinus: { file: 'plain/number/index.js', export: 'unaryMinusNumber', kind: 'number', dependencies: ['typed'] },
  unaryPlus: { file: 'plain/number/index.js', export: 'unaryPlusNumber', kind: 'number', dependencies: ['typed'] },
  larger: { file: 'function/relational/larger.js', export: 'createLargerNumber', kind: 'factory', dependencies: ['config', 'typed'] },
  smaller: { file: 'function/relational/smaller.js', export: 'createSmallerNumber', kind: 'factory', dependencies: ['config', 'typed'] },
  largerEq: { file: 'function/relational/largerEq.js', export: 'createLargerEqNumber', kind: 'factory', dependencies: ['config', 'typed'] },
  smallerEq: { file: 'function/relational/smallerEq.js', export: 'createSmallerEqNumber', kind: 'factory', dependencies: ['config', 'typed'] },
  not: { file: 'plain/number/index.js', export: 'notNumber', kind: 'number', dependencies: ['typed'] },
  exp: { file: 'plain/number/index.js', export: 'expNumber', kind: 'number', dependencies: ['typed'] },
  log: { file: 'plain/number/index.js', export: 'logNumber', kind: 'numberOptionalSecond', dependencies: ['typed'] },
  sqrt: { file: 'plain/number/index.js', export: 'sqrtNumber', kind: 'number', dependencies: ['typed'] },
  abs: { file: 'plain/number/index.js', export: 'absNumber', kind: 'number', dependencies: ['typed'] },
  tanh: { file: 'plain/number/index.js', export: 'tanhNumber', kind: 'number', dependencies: ['typed'] },
  sinh: { file: 'plain/number/index.js', export: 'sinhNumber', kind: 'number', dependencies: ['typed'] },
  cosh: { file: 'plain/number/index.js', export: 'coshNumber', kind: 'number', dependencies: ['typed'] },
  sin: { file: 'plain/number/index.js', export: 'sinNumber', kind: 'number', dependencies: ['typed'] },
  cos: { file: 'plain/number/index.js', export: 'cosNumber', kind: 'number', dependencies: ['typed'] },
  tan: { file: 'plain/number/index.js', export: 'tanNumber', kind: 'number', dependencies: ['typed'] },
  atan: { file: 'plain/number/index.js', export: 'atanNumber', kind: 'number', dependencies: ['typed'] },
  max: { file: 'function/statistics/max.js', export: 'createMax', kind: 'factory', dependencies: ['config', 'isNaN', 'larger', 'numeric', 'typed'] },
  isNaN: { file: 'plain/number/index.js', export: 'isNaNNumber', kind: 'number', dependencies: ['typed'] },
  min: { file: 'function/statistics/min.js', export: 'createMin', kind: 'factory', dependencies: ['config', 'isNaN', 'numeric', 'smaller', 'typed'] },
  square: { file: 'plain/number/index.js', export: 'squareNumber', kind: 'number', dependencies: ['typed'] },
  e: { file: 'constants.js', export: 'createE', kind: 'factory', dependencies: ['?BigNumber', 'config'], meta: { recreateOnConfigChange: true } },
  pi: { file: 'constants.js', export: 'createPi', kind: 'factory', dependencies: ['?BigNumber', 'config'], meta: { recreateOnConfigChange: true } },
};
