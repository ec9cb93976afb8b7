/**
 * The best parameters' Modelfile as the API gives it, optionally with the session's sampling seed: the API leaves
 * `seed` out of the block (the service does not search it) but every trial sent it, so with it the model samples as
 * the session measured.
 */
export function modelfileText(modelfile: string, ollamaSeed: number | null, withSeed: boolean): string {
  const text = modelfile.replace(/\s+$/, '');
  if (!withSeed || ollamaSeed === null || /^PARAMETER\s+seed\s/im.test(text)) return text + '\n';
  return `${text}\nPARAMETER seed ${ollamaSeed}\n`;
}

