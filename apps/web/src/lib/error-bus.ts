/**
 * Failed queries and mutations are reported here by the QueryClient; the ErrorNotifier,
 * which lives inside antd's <App> and so can use its themed message API, shows them.
 * A tiny pub/sub keeps the QueryClient free of React context.
 */
/**
 * `query`: a background read the user did not ask for by a click (a page's data, a refetch);
 * `action`: a mutation the user started. Background failures of one kind share one toast.
 */
export type ErrorSource = 'query' | 'action';
type Listener = (error: unknown, source: ErrorSource) => void;

const listeners = new Set<Listener>();

export function publishError(error: unknown, source: ErrorSource = 'action'): void {
  for (const listener of listeners) listener(error, source);
}

/** Returns the unsubscribe function, ready for a useEffect cleanup. */
export function subscribeErrors(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
