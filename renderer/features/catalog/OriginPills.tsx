import type { PriceOrigin } from "../../../shared/catalog/userEdits";

/** The words a catalog's rows use for the user's own figures. */
export type OriginWords = { edited: string; user: string; noun: string };

export const MODEL_ORIGIN_WORDS: OriginWords = { edited: "edited", user: "your model", noun: "model" };
export const GPU_ORIGIN_WORDS: OriginWords = { edited: "your quote", user: "your GPU", noun: "GPU" };

type Props = {
  entry: { origin: PriceOrigin; shippedRemoved: boolean; shippedChangedSinceEdit: boolean };
  /** Defaults to the vendor-price words ("edited", "your model"). */
  words?: OriginWords;
};

/** Says where a row's prices come from, and warns when the shipped price moved under an edit. */
export function OriginPills({ entry, words = MODEL_ORIGIN_WORDS }: Props) {
  return (
    <>
      {entry.origin === "edited" && <span className="pill warn">{words.edited}</span>}
      {entry.origin === "user" && <span className="pill ok">{words.user}</span>}
      {entry.shippedRemoved && (
        <span className="pill off" title={`This ${words.noun} left the shipped catalog; it stays because you edited its price.`}>
          no longer shipped
        </span>
      )}
      {entry.shippedChangedSinceEdit && (
        <span className="pill warn" title="The shipped catalog has a new price for a field you edited: compare, then keep or revert your edit.">
          shipped price changed
        </span>
      )}
    </>
  );
}
