/** The create form's choices, as optimizer-service knows them (SessionDefinitions, Objective, StrategyName, ModelType). */
export const OBJECTIVES = [
  'maximize_quality',
  'balance_quality_speed',
  'minimize_latency',
  'maximize_throughput',
  'minimize_memory',
] as const;
export const STRATEGIES = ['bayesian_optimization', 'random_search', 'grid_search', 'evolutionary', 'hyperband'] as const;
export const MODEL_TYPES = ['general', 'code', 'creative', 'analysis'] as const;

/** The form as typed: every field text, as the inputs hold it. */
export interface SessionFormValues {
  model_name: string;
  objective: string;
  /** More objectives after the first: a multi-objective session with a Pareto front. */
  more_objectives: string[];
  strategy: string;
  model_type: string;
  max_iterations: string;
  timeout_minutes: string;
  seed: string;
  parallelism: string;
  max_latency_ms: string;
  max_memory_gb: string;
  min_quality: string;
  space: string;
}

export type FormCheck = { fields: [string, string][] } | { problems: Partial<Record<keyof SessionFormValues, string>> };

const INTEGER = /^-?\d+$/;

/**
 * The POST /create fields of a filled form, or the problems the page can name before asking the service (which
 * checks everything again and has the last word: ranges such as the most iterations are its configuration).
 * Blank optional fields are left out, so the service's defaults apply.
 */
export function sessionFormFields(values: SessionFormValues): FormCheck {
  const problems: Partial<Record<keyof SessionFormValues, string>> = {};
  const v = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as SessionFormValues;
  const objectives = [v.objective, ...v.more_objectives.filter((name) => name !== v.objective)];

  if (!v.model_name) problems.model_name = 'Name the model to optimize.';
  if (/\s/.test(v.model_name)) problems.model_name = 'A model name has no spaces.';
  if (objectives.length > 1 && v.strategy === 'bayesian_optimization') {
    problems.strategy = 'Bayesian optimization takes one objective; choose another strategy for several.';
  }
  for (const field of ['max_iterations', 'timeout_minutes', 'parallelism'] as const) {
    if (v[field] && (!INTEGER.test(v[field]) || Number(v[field]) < 1)) problems[field] = 'A whole number, 1 or more.';
  }
  if (v.seed && !INTEGER.test(v.seed)) problems.seed = 'A whole number.';
  for (const field of ['max_latency_ms', 'max_memory_gb'] as const) {
    if (v[field] && !(Number(v[field]) > 0)) problems[field] = 'A positive number.';
  }
  if (v.min_quality && !(Number(v.min_quality) >= 0 && Number(v.min_quality) <= 1)) {
    problems.min_quality = 'A number from 0 to 1.';
  }
  if (v.space && !isJsonObject(v.space)) {
    problems.space = 'A JSON object: {"parameters": [{"name", "type", "low", "high"}], "fixed": {}}.';
  }
  if (Object.keys(problems).length > 0) return { problems };

  const fields: [string, string][] = [
    ['model_name', v.model_name],
    objectives.length > 1 ? ['objectives', objectives.join(',')] : ['objective', v.objective],
    ['strategy', v.strategy],
    ['model_type', v.model_type],
  ];
  const optional = [
    'max_iterations',
    'timeout_minutes',
    'seed',
    'parallelism',
    'max_latency_ms',
    'max_memory_gb',
    'min_quality',
    'space',
  ] as const;
  for (const field of optional) if (v[field]) fields.push([field, v[field]]);
  return { fields };
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
