import type { ApiInput, ApiOutputs } from '../../../electron/api/contract';
import type { OperationName } from '../../../electron/api/operation-names';
import { call } from './client';

/**
 * Calls started before the UI's code has loaded, so that their answers travel while it
 * does (see main.tsx). Each is handed out once, to the first screen asking with the same
 * input; whatever asks later calls the service again, as usual.
 */
interface Started {
  answer: Promise<unknown>;
  /** Set once the answer has arrived, so the screen can show it in its first render. */
  arrived?: { value: unknown };
}

const started = new Map<string, Started>();

const keyOf = (name: OperationName, input: unknown) => `${name} ${JSON.stringify(input)}`;

export function prefetch<K extends OperationName>(name: K, input: ApiInput<K>): void {
  const entry: Started = { answer: call(name, input) };
  // A failure is reported to the screen that takes the answer, not as an unhandled rejection.
  entry.answer.then(
    (value) => (entry.arrived = { value }),
    () => undefined,
  );
  started.set(keyOf(name, input), entry);
}

/** The prefetched answer if it has already arrived (handed out then), else undefined. */
export function arrived<K extends OperationName>(name: K, input: ApiInput<K>): ApiOutputs[K] | undefined {
  const key = keyOf(name, input);
  const entry = started.get(key);
  if (!entry?.arrived) return undefined;
  started.delete(key);
  return entry.arrived.value as ApiOutputs[K];
}

/** `call`, answered by the prefetched call with the same input if one is waiting. */
export function callPrefetched<K extends OperationName>(name: K, input: ApiInput<K>): Promise<ApiOutputs[K]> {
  const key = keyOf(name, input);
  const entry = started.get(key);
  started.delete(key);
  return (entry?.answer as Promise<ApiOutputs[K]> | undefined) ?? call(name, input);
}
