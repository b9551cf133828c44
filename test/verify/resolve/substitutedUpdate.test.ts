// A name defined by numbers alone as a − c·g, with a a parameter's value and g its gradient, is that parameter after the
// step, so c is judged against η. Network: test/verify/public/es-telecom.yaml (output bias 0.05, its gradient
// −0.425172762, η = 0.1: after the step 0.092517276).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/es-telecom.yaml'));
const verdicts = (line: string): string[] =>
  verifyDocument(`The new bias:\n\n- ${line}\n`, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}`);

describe('an update written with numbers under a name of its own', () => {
  it('is the parameter after the step: a coefficient that is not η is an erratum', () => {
    expect(verdicts('`c := 0.05 - 0.01*(-0.4252) = 0.0543`')).toEqual(expect.arrayContaining(['operand 0.01 erratum', 'value 0.0543 erratum']));
  });

  it('passes the step with η', () => {
    expect(verdicts('`c := 0.05 - 0.1*(-0.4252) = 0.0925`').filter((v) => v.endsWith('erratum'))).toEqual([]);
  });

  it('reads nothing into a − c·g whose g is no gradient of a parameter of value a', () => {
    expect(verdicts('`c := 0.05 - 0.01*(-0.3311) = 0.0533`')).toEqual(['arithmetic 0.0533 exact']);
  });
});
