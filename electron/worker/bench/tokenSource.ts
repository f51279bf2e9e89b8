// Input tokens as llama-bench makes them: random ids over the whole vocabulary, the first one BOS
// when the model adds one. Seeded, so two runs decode the same tokens.
import type { LlamaModel, Token } from "node-llama-cpp";

export type TokenSource = { first(): Token; prompt(length: number): Token[] };

/** mulberry32: small, fast, good enough to spread ids over the vocabulary. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createTokenSource(model: LlamaModel, vocabularySize: number, seed = 1234): TokenSource {
  const random = seeded(seed);
  const bos = model.tokens.shouldPrependBosToken ? model.tokens.bos : null;
  const randomToken = () => Math.floor(random() * vocabularySize) as Token;
  const first = () => bos ?? randomToken();
  return {
    first,
    prompt(length) {
      const tokens: Token[] = [first()];
      while (tokens.length < length) tokens.push(randomToken());
      return tokens;
    },
  };
}
