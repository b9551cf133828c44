// The optimizers' update rules as verify's replays use them: loaded only for a network whose file names an optimizer.
import { optimizerFromSpec } from '../../train/optimizerConfig.js';
import { takeStep } from '../../train/optimizers/index.js';
import type { OptimizerRules } from './optimizerStepper.js';

export const OPTIMIZER_RULES: OptimizerRules = { optimizerFromSpec, takeStep };
