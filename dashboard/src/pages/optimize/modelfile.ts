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


/**
 * A name for the model the best parameters make (POST /apply): the base model's name with `-opt` and the session's
 * first eight characters as its tag, `smollm2-opt:1a2b3c4d`, never the base model's own name.
 */
export function derivedModelName(baseModel: string, sessionId: string): string {
  const untagged = baseModel.replace(/:[^/:]*$/, '');
  const tag = sessionId.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 8) || 'best';
  return `${untagged}-opt:${tag}`;
}
