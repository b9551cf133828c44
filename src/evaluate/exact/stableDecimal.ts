// The twins' functions (σ', tanh', log σ) in BigNumber arithmetic, written from e^(−|x|) so that no digits cancel.
import type { BigNumber, MathJsInstance } from 'mathjs';

/** ln(1 + u) for 0 ≤ u ≤ 1: the series where 1 + u would round to 1 at the run's precision. */
function log1p(math: MathJsInstance, u: BigNumber): BigNumber {
  if (u.lt(1e-12)) return u.minus(u.times(u).div(2)).plus(u.pow(3).div(3));
  return math.log(u.plus(1)) as BigNumber;
}

export function twinFunction(math: MathJsInstance, name: 'sigmoidSlope' | 'tanhSlope' | 'logSigmoid', x: BigNumber): BigNumber {
  const one = math.bignumber(1);
  switch (name) {
    case 'sigmoidSlope': {
      // σ'(x) = e^(−|x|) / (1 + e^(−|x|))²
      const u = math.exp(x.abs().neg()) as BigNumber;
      return u.div(one.plus(u).pow(2));
    }
    case 'tanhSlope': {
      // sech²(x) = 4e^(−2|x|) / (1 + e^(−2|x|))²
      const u = math.exp(x.abs().times(-2)) as BigNumber;
      return u.times(4).div(one.plus(u).pow(2));
    }
    case 'logSigmoid': {
      // log σ(x) = −(max(−x, 0) + ln(1 + e^(−|x|)))
      const u = math.exp(x.abs().neg()) as BigNumber;
      return (x.isNegative() ? x : math.bignumber(0)).minus(log1p(math, u));
    }
  }
}
