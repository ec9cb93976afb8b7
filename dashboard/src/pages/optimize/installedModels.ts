/** Just what the create form reads of `GET /api/ai/ollama/hosts`: the models each host's Ollama has. */
export interface HostModels {
  hosts: { capacity: { ollama: { installed_models: { name: string }[] } | null } | null }[];
}

/** The model names installed on any host, sorted and once each: the ones a session can run on. */
export function installedModelNames(answer: HostModels): string[] {
  const names = answer.hosts.flatMap((host) => host.capacity?.ollama?.installed_models?.map((m) => m.name) ?? []);
  return [...new Set(names)].sort();
}
