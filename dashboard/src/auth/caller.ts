import { api } from '../api/client';

/** Who the gateway says the credential belongs to (GET /api/ai/ollama/auth/me). */
export interface Caller {
  owner: string;
  roles: string[];
}

export const fetchCaller = () => api<Caller>('/api/ai/ollama/auth/me');

export const isAdmin = (caller: Caller) => caller.roles.includes('admin');
