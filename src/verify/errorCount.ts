// What a verify report counts as its errors: the roots of its errata (and the truncations carried into them), and what follows.

/**
 * Errors of a report: each erratum that follows from no other (a root), and each truncation a later erratum follows
 * from (a value cut off and then carried into other numbers makes them wrong: it is that mistake's root, not a
 * harmless way of printing); consequences are the errata that follow from a root.
 */
export function countErrors(claims: readonly { id: number; verdict: string; causedBy?: number }[]): { roots: number; consequences: number } {
  const errata = claims.filter((c) => c.verdict === 'erratum');
  const causes = new Set(errata.map((c) => c.causedBy));
  const carriedCuts = claims.filter((c) => c.verdict === 'truncation' && causes.has(c.id)).length;
  return { roots: errata.filter((c) => c.causedBy === undefined).length + carriedCuts, consequences: errata.filter((c) => c.causedBy !== undefined).length };
}
