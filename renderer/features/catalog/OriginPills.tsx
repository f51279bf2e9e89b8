import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";

/** Says where a row's prices come from, and warns when the shipped price moved under an edit. */
export function OriginPills({ entry }: { entry: MergedVendorEntry }) {
  return (
    <>
      {entry.origin === "edited" && <span className="pill warn">edited</span>}
      {entry.origin === "user" && <span className="pill ok">your model</span>}
      {entry.shippedRemoved && (
        <span className="pill off" title="This model left the shipped catalog; it stays because you edited its price.">
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
