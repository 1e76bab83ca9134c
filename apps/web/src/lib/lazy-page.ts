import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page component loaded on first render (wrap it in `<Suspense>`). */
export type LazyPage = LazyExoticComponent<ComponentType>;

/**
 * A named page export loaded on first visit. Every page is its own chunk, so the public portal's
 * first load carries neither the internal pages nor their code (vendor chunks are shared and cached).
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyPage {
  return lazy(async () => {
    const page: ComponentType = (await load())[name];
    return { default: page };
  });
}
