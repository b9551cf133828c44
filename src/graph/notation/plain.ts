// Plain notation: every node by its identifier (w5 → w_{5}, net_h1 → net_{h1}).
import type { NotationPreset } from './preset.js';

export const plain: NotationPreset = { id: 'plain', node: () => undefined };
