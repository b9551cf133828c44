// The width model of printed LaTeX math, kept in util so figures (draw) and equations (emit) share it.
export { estimateTexWidth } from '../util/texWidth.js';
