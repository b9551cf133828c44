// Browser twin of mathjsLoader.ts (chosen by package.json's "browser" field and the playground's build): the same
// factories as FACTORIES, taken by name from mathjs' number build, which a page bundles whole anyway (there is
// no per-file loading to save); test/perf/oneMathjs.test.ts checks that the two lists agree.
import * as numberBuild from 'mathjs/number';

type Factory = (scope: Record<string, unknown>) => unknown;
// mathjs' types leave out its factories; they are there (the test checks every name).
const {
  createParse, createAccessorNode, createNode, createSubset, createArrayNode, createAssignmentNode,
  createBlockNode, createResultSet, createConditionalNode, createConstantNode, createIsBounded, createTyped,
  createFunctionAssignmentNode, createFunctionNode, createSymbolNode, createIndexNode, createSize,
  createObjectNode, createOperatorNode, createParenthesisNode, createRangeNode, createRelationalNode,
  createNumeric, createNumber, createDerivative, createEqual, createEqualScalar, createIsZero, createSimplify,
  createReplacer, createResolve, createSimplifyConstant, createMatrix, createSimplifyCore, createAdd,
  createDivide, createMultiply, createPow, createSubtract, createUnaryMinus, createUnaryPlus, createLarger,
  createSmaller, createLargerEq, createSmallerEq, createNot, createExp, createLog, createSqrt, createAbs,
  createTanh, createSinh, createCosh, createSin, createCos, createTan, createAtan, createMax, createIsNaN,
  createMin, createSquare, createE, createPi,
} = numberBuild as unknown as Record<string, Factory>;

const FACTORIES = [
  createParse, createAccessorNode, createNode, createSubset, createArrayNode, createAssignmentNode,
  createBlockNode, createResultSet, createConditionalNode, createConstantNode, createIsBounded, createTyped,
  createFunctionAssignmentNode, createFunctionNode, createSymbolNode, createIndexNode, createSize,
  createObjectNode, createOperatorNode, createParenthesisNode, createRangeNode, createRelationalNode,
  createNumeric, createNumber, createDerivative, createEqual, createEqualScalar, createIsZero, createSimplify,
  createReplacer, createResolve, createSimplifyConstant, createMatrix, createSimplifyCore, createAdd,
  createDivide, createMultiply, createPow, createSubtract, createUnaryMinus, createUnaryPlus, createLarger,
  createSmaller, createLargerEq, createSmallerEq, createNot, createExp, createLog, createSqrt, createAbs,
  createTanh, createSinh, createCosh, createSin, createCos, createTan, createAtan, createMax, createIsNaN,
  createMin, createSquare, createE, createPi,
];

/** A fresh instance of the same factories as the Node.js loader's. */
export function createLeanMathjs(): Record<string, unknown> {
  return numberBuild.create(FACTORIES as unknown as Parameters<typeof numberBuild.create>[0]) as unknown as Record<string, unknown>;
}
