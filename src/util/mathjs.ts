// The one place backprop-tex gets mathjs: a lean instance made with create() from only the factories the engine
// uses (src/util/mathjsFactories.ts), each loaded from mathjs on first use (src/util/mathjsLoader.ts; in a
// browser bundle mathjsLoader.browser.ts). Every module imports mathjs from here, so all expression trees come
// from one instance. It computes with plain numbers as the pipeline does, like mathjs' number build.
//
// What each factory costs at its first use (CPU ms, medians over fresh processes on a busy 2-core machine;
// `node scripts/mathjs-load-costs.mjs` measures and rewrites this table). A row is its module plus its setup;
// its dependencies have their own rows; the first plain-number function (isZero) also loads mathjs' plain
// number module. A derivation loads only the node classes; parse loads with a formula in a file; derivative
// (with simplify) only for --hessian and custom activations or losses.
// BEGIN LOAD COSTS
// Whole processes, CPU above `node -e 0`: full build 2037 ms, number build 1053 ms, lean, every factory 189 ms (median of 5).
//   (create, mathjs core) 30.0  AccessorNode 9.0            isZero 8.6                  simplifyConstant 7.6
//   equal 7.5                   simplify 6.8                ArrayNode 5.0               isBounded 4.6
//   max 4.6                     OperatorNode 4.6            derivative 3.8              parse 3.8
//   AssignmentNode 3.5          ConstantNode 2.9            typed 2.9                   FunctionNode 2.6
//   number 2.6                  equalScalar 2.3             Node 2.2                    e 2.0
//   SymbolNode 2.0              simplifyCore 1.9            resolve 1.6                 FunctionAssignmentNode 1.4
//   ObjectNode 1.3              RelationalNode 1.3          IndexNode 1.3               BlockNode 1.2
//   numeric 1.1                 size 1.1                    min 1.1                     ConditionalNode 1.0
//   RangeNode 0.9               larger 0.9                  ParenthesisNode 0.9         smaller 0.8
//   largerEq 0.7                smallerEq 0.7               replacer 0.6                ResultSet 0.5
//   add 0.5                     log 0.4                     pow 0.4                     subtract 0.4
//   subset 0.4                  multiply 0.4                divide 0.3                  unaryMinus 0.2
//   square 0.2                  not 0.1                     tanh 0.1                    sqrt 0.1
//   unaryPlus 0.1               exp 0.1                     abs 0.1                     sinh 0.1
//   pi 0.1                      sin 0.1                     isNaN 0.1                   cosh 0.1
//   cos 0.1                     tan 0.1                     atan 0.1                    matrix 0.0
// END LOAD COSTS
import type * as M from 'mathjs';
import { createLeanMathjs } from './mathjsLoader.js';

const math = createLeanMathjs() as unknown as M.MathJsInstance;

export type MathNode = M.MathNode;
export type ArrayNode = M.ArrayNode;
export type ConditionalNode = M.ConditionalNode;
export type ConstantNode = M.ConstantNode;
export type FunctionNode = M.FunctionNode;
export type OperatorNode = M.OperatorNode;
export type ParenthesisNode = M.ParenthesisNode;
export type SymbolNode = M.SymbolNode;

export const ArrayNode = math.ArrayNode;
export const ConditionalNode = math.ConditionalNode;
export const ConstantNode = math.ConstantNode;
export const FunctionNode = math.FunctionNode;
export const OperatorNode = math.OperatorNode;
export const ParenthesisNode = math.ParenthesisNode;
export const SymbolNode = math.SymbolNode;

/** mathjs' parse, set up on the first call. */
export const parse = ((...args: Parameters<M.ParseFunction>) => math.parse(...args)) as M.ParseFunction;

/** mathjs' derivative, set up (with simplify) on the first call. */
export const derivative = ((...args: Parameters<M.MathJsInstance['derivative']>) => math.derivative(...args)) as M.MathJsInstance['derivative'];
