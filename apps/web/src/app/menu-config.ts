import type { MenuNode } from '../lib/menu';
import type { WebModule } from '../lib/web-module';
import { WEB_MODULES } from './web-modules';

/**
 * The side menu of the given modules, in their order. Groups of one key are one group: the
 * platform modules each bring a platform group with their own link, and the links line up in it.
 */
export function assembleMenu(modules: readonly WebModule[]): MenuNode[] {
  const menu: MenuNode[] = [];
  for (const node of modules.flatMap((m) => m.menu ?? [])) {
    const index = node.kind === 'group' ? menu.findIndex((n) => n.kind === 'group' && n.key === node.key) : -1;
    const earlier = menu[index];
    if (node.kind === 'group' && earlier?.kind === 'group') {
      menu[index] = { ...earlier, children: [...earlier.children, ...node.children] };
    } else {
      menu.push(node);
    }
  }
  return menu;
}

export const APP_MENU: readonly MenuNode[] = assembleMenu(WEB_MODULES);
