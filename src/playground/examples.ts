// The example networks offered in the page: fixtures of the repository, bundled as text.
import comp9444 from '../../fixtures/comp9444-week1d-two-layer-tanh.yaml';
import fxyz from '../../fixtures/ceng506-fxyz.yaml';
import mazur from '../../fixtures/mazur-2-2-2.yaml';
import softmax from '../../fixtures/tartu-softmax.yaml';
import tartu from '../../fixtures/tartu-1-2-2-1.yaml';

export const EXAMPLES: readonly { fileName: string; label: string; text: string }[] = [
  { fileName: 'mazur-2-2-2.yaml', label: 'Mazur 2-2-2 (sigmoid)', text: mazur },
  { fileName: 'tartu-1-2-2-1.yaml', label: 'Tartu 1-2-2-1 (graph)', text: tartu },
  { fileName: 'comp9444-week1d-two-layer-tanh.yaml', label: 'COMP9444 two-layer tanh', text: comp9444 },
  { fileName: 'ceng506-fxyz.yaml', label: 'f(x, y, z) = (x + y) z', text: fxyz },
  { fileName: 'tartu-softmax.yaml', label: 'Softmax and cross-entropy', text: softmax },
];
