/**
 * Failed queries and mutations are reported here by the QueryClient; the ErrorNotifier,
 * which lives inside antd's <App> and so can use its themed message API, shows them.
 * A tiny pub/sub keeps the QueryClient free of React context.
 */
type Listener = (error: unknown) => void;

const listeners = new Set<Listener>();

export function publishError(error: unknown): void {
  for (const listener of listeners) listener(error);
}

/** Returns the unsubscribe function, ready for a useEffect cleanup. */
export function subscribeErrors(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
