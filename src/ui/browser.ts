import type { World } from '../world.js';
import type { Output } from './output.js';
import { t } from './i18n/index.js';
import { importPackage } from '../esm.js';

/** A browser can only be opened where there is a display to show it on. */
export function canOpenBrowser(world: World): boolean {
  if (world.platform === 'darwin' || world.platform === 'win32') return true;
  return Boolean(world.env.DISPLAY || world.env.WAYLAND_DISPLAY);
}

function opener(world: World, url: string): [string, string[]] {
  if (world.platform === 'darwin') return ['open', [url]];
  if (world.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Starts the platform opener detached; failure is one line, never fatal. */
export async function openBrowser(world: World, url: string, output: Output): Promise<void> {
  const { execa } = await importPackage('execa');
  const [file, args] = opener(world, url);
  try {
    const child = execa(file, args, { detached: true, stdio: 'ignore', timeout: 5000, reject: false });
    child.unref();
    const result = await Promise.race([child, new Promise((resolve) => setTimeout(resolve, 1500).unref())]);
    if (result && typeof result === 'object' && 'failed' in result && (result as { failed: boolean }).failed) {
      output.info(t().couldNotOpenBrowser(url));
    }
  } catch {
    output.info(t().couldNotOpenBrowser(url));
  }
}
