import type { World } from '../world.js';
import { runModelsSet } from './models-set.js';

export function run({ args, world }: { args: string[]; world: World }): Promise<number> {
  return runModelsSet('video', args[0] ?? '', world);
}
