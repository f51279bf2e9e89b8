// One repetition of a test on every sequence of a context at once. With one sequence this is
// llama-bench's measurement; with N, node-llama-cpp merges the sequences' pending tokens into one
// decode per step, which is aggregate throughput under concurrency.
//
// pp<N>: the prompt decoded in batches, no logits kept, no sampling (llama-bench's test_prompt).
// tg<N> and pp+tg: `sequence.evaluate()`, greedy, exactly N decodes of one token each, counting
// end-of-generation tokens too (yieldEogToken), so random weights cannot end a test early. This was
// the lowest-overhead public path with logits: controlledEvaluate() costs more per token, and
// evaluateWithoutGeneratingNewTokens() skips the output layer, which llama-bench computes.
import type { LlamaContext, LlamaContextSequence } from "node-llama-cpp";
import { testTokens, type BenchTest } from "../../../shared/bench/spec";
import type { LlamaLogTap } from "../llama/loadLlama";
import { decodedTokens, decodeMs, takeTimings } from "./perfTimings";
import type { TokenSource } from "./tokenSource";

export type RepetitionTarget = {
  context: LlamaContext;
  sequences: LlamaContextSequence[];
  tokens: TokenSource;
  batchSize: number;
  logs: LlamaLogTap;
  signal: AbortSignal;
};

export type RepetitionResult = {
  ns: number;
  /** llama.cpp's decode time for the repetition; null where it printed none. */
  decodeMs: number | null;
  /** Mean over sequences, pp+tg only. */
  ttftMs: number | null;
  /** Per sequence, the tokens now in its history: what it decoded in this repetition. */
  sequenceTokens: number[];
  /** Tokens llama.cpp counted as decoded, over all sequences; null where it printed no timings. */
  decodedTokens: number | null;
};

async function processPrompt(sequence: LlamaContextSequence, length: number, target: RepetitionTarget): Promise<void> {
  const prompt = target.tokens.prompt(length);
  for (let start = 0; start < prompt.length; start += target.batchSize) {
    target.signal.throwIfAborted();
    await sequence.evaluateWithoutGeneratingNewTokens(prompt.slice(start, start + target.batchSize));
  }
}

/** Returns the time to first token (ms since `startNs`) for pp+tg, else null. */
async function generate(sequence: LlamaContextSequence, test: BenchTest, target: RepetitionTarget, startNs: bigint): Promise<number | null> {
  const { nPrompt, nGen } = testTokens(test);
  // pp+tg decodes the prompt, then nGen single tokens: nGen + 1 results; tg decodes nGen single tokens.
  const wanted = nPrompt > 0 ? nGen + 1 : nGen;
  const input = nPrompt > 0 ? target.tokens.prompt(nPrompt) : [target.tokens.first()];
  let produced = 0;
  let ttftMs: number | null = null;
  for await (const token of sequence.evaluate(input, { yieldEogToken: true })) {
    void token;
    produced += 1;
    if (produced === 1 && nPrompt > 0) ttftMs = Number(process.hrtime.bigint() - startNs) / 1e6;
    if (produced >= wanted) break;
    target.signal.throwIfAborted();
  }
  target.signal.throwIfAborted();
  if (produced < wanted) throw new Error(`Generation stopped after ${produced} of ${wanted} tokens.`);
  return ttftMs;
}

export async function measureRepetition(target: RepetitionTarget, test: BenchTest): Promise<RepetitionResult> {
  for (const sequence of target.sequences) await sequence.clearHistory();
  target.signal.throwIfAborted();
  await takeTimings(target.context, target.logs); // resets llama.cpp's counters
  const { nGen } = testTokens(test);
  const startNs = process.hrtime.bigint();
  const ttfts = await Promise.all(
    target.sequences.map((sequence) =>
      nGen === 0 ? processPrompt(sequence, testTokens(test).nPrompt, target).then(() => null) : generate(sequence, test, target, startNs),
    ),
  );
  const ns = Number(process.hrtime.bigint() - startNs);
  const timings = await takeTimings(target.context, target.logs);
  const measured = ttfts.filter((value): value is number => value !== null);
  return {
    ns,
    decodeMs: timings ? decodeMs(timings) : null,
    sequenceTokens: target.sequences.map((sequence) => sequence.nextTokenIndex),
    decodedTokens: timings ? decodedTokens(timings) : null,
    ttftMs: measured.length > 0 ? measured.reduce((sum, value) => sum + value, 0) / measured.length : null,
  };
}
