import type { DatasetDraft } from './dataset.ts';

/** Dataset as JSON text in pieces, one line per observation, so millions of observations never form one huge string. */
export function* datasetJsonChunks(dataset: DatasetDraft, observationsPerChunk = 10_000): Generator<string> {
  const { observations, ...head } = dataset;
  const opening = JSON.stringify(head, null, 2);
  yield `${opening.slice(0, -2)},\n  "observations": [`;
  for (let start = 0; start < observations.length; start += observationsPerChunk) {
    const lines: string[] = [];
    const end = Math.min(start + observationsPerChunk, observations.length);
    for (let index = start; index < end; index++) lines.push(JSON.stringify(observations.at(index)));
    yield `${start === 0 ? '' : ','}\n    ${lines.join(',\n    ')}`;
  }
  yield observations.length === 0 ? ']\n}\n' : '\n  ]\n}\n';
}
