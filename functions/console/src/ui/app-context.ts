import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AdminClient } from '../api/admin-client';
import type { Me } from '../api/admin-types';

export interface AppContext {
  readonly api: AdminClient;
  readonly me: Me;
  /** The zone every time is shown in, chosen by the lead. */
  readonly zone: string;
}

export const App = createContext<AppContext | undefined>(undefined);

export function useApp(): AppContext {
  const context = useContext(App);
  if (!context) throw new Error('useApp outside the signed-in console');
  return context;
}
