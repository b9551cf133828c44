// The fully expanded loss of a width-2 sigmoid net as one formula (every net inlined), for the mathjs.derivative baseline.

/** E = Σ_k ½(t_k − o_k)² with o_k written out through every layer; `params` lists every weight and bias. */
export function expandedLoss(depth: number, width = 2): { text: string; params: string[] } {
  let prev = Array.from({ length: width }, (_, i) => `x${i + 1}`);
  const params: string[] = [];
  for (let l = 1; l <= depth; l++) {
    prev = Array.from({ length: width }, (_, j) => {
      const terms = prev.map((src, i) => {
        const w = `w${l}_${j + 1}_${i + 1}`;
        params.push(w);
        return `${w} * ${src}`;
      });
      const b = `b${l}_${j + 1}`;
      params.push(b);
      return `1 / (1 + exp(-(${terms.join(' + ')} + ${b})))`;
    });
  }
  return { text: prev.map((o, k) => `1 / 2 * (t${k + 1} - ${o})^2`).join(' + '), params };
}
