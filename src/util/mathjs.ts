// The one place backprop-tex loads mathjs at run time: its number-only build (`mathjs/number`). It has every
// node class, parse and derivative the pipeline uses, computes with plain numbers as the pipeline does, and
// loads in about half the time of the full build (which also sets up BigNumber, Complex, Fraction, units and
// matrices). Every module imports mathjs from here, so all expression trees come from one instance.
export { ArrayNode, ConditionalNode, ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, derivative, parse } from 'mathjs/number';
export type { MathNode } from 'mathjs/number';
