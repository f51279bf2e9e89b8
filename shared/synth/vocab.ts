/**
 * A made-up SentencePiece ("llama") vocabulary of any size. llama.cpp's SPM tokenizer needs the
 * 256 `<0xXX>` byte-fallback tokens (it refuses to load without them) and the control tokens;
 * the rest are filler pieces, so any text tokenizes (unknown characters fall back to bytes)
 * and every id up to the real vocabulary size exists, as the embedding shape demands.
 */

/** tokenizer.ggml.token_type values (llama_token_type). */
export const tokenTypes = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

export const specialTokenIds = { unk: 0, bos: 1, eos: 2 } as const;

export type SyntheticVocab = {
  readonly tokens: readonly string[];
  readonly scores: readonly number[];
  readonly tokenTypes: readonly number[];
};

const wordBoundary = "\u2581"; // SentencePiece's "▁", which marks a preceding space
const letters = "abcdefghijklmnopqrstuvwxyz";
const controlTokenCount = 3;
const byteTokenCount = 256;

export const minimumVocabSize = controlTokenCount + byteTokenCount + 1;

/** Letter strings in length-then-alphabetical order: a, b, …, z, aa, ab, … */
function* letterStrings(): Generator<string> {
  for (let length = 1; ; length++) {
    const count = letters.length ** length;
    for (let index = 0; index < count; index++) {
      let rest = index;
      let piece = "";
      for (let position = 0; position < length; position++) {
        piece = letters[rest % letters.length] + piece;
        rest = Math.floor(rest / letters.length);
      }
      yield piece;
    }
  }
}

export function buildSyntheticVocab(vocabSize: number): SyntheticVocab {
  if (vocabSize < minimumVocabSize) {
    throw new Error(`A synthetic vocabulary needs at least ${minimumVocabSize} tokens, got ${vocabSize}`);
  }
  const tokens: string[] = ["<unk>", "<s>", "</s>"];
  const types: number[] = [tokenTypes.unknown, tokenTypes.control, tokenTypes.control];
  for (let byte = 0; byte < byteTokenCount; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(tokenTypes.byte);
  }
  tokens.push(wordBoundary);
  types.push(tokenTypes.normal);
  const pieces = letterStrings();
  while (tokens.length < vocabSize) {
    const piece = pieces.next().value as string;
    tokens.push(wordBoundary + piece);
    types.push(tokenTypes.normal);
    if (tokens.length < vocabSize) {
      tokens.push(piece);
      types.push(tokenTypes.normal);
    }
  }
  // SPM merges the highest-scoring piece first; earlier (shorter) pieces score higher.
  const scores = tokens.map((_, id) => (types[id] === tokenTypes.normal ? -id : 0));
  return { tokens, scores, tokenTypes: types };
}
