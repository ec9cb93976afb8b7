import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { Caller } from '../auth/caller';

/** The signed-in caller, so a page can leave out what the API would refuse (admin-only actions). */
export const CallerContext = createContext<Caller>({ owner: '', roles: [] });

export const useCaller = () => useContext(CallerContext);
