import type { ModelInspection } from "../../../shared/models/inspection";
import { formatBytes } from "../../components/ui/format";
import { SyntheticBadge } from "./SyntheticBadge";

function formatCount(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} B`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} M`;
  return value.toLocaleString("en-US");
}

export function InspectionView({ model }: { model: ModelInspection }) {
  return (
    <div data-testid="inspection">
      <div className="cards">
        <dl className="card">
          <dt>Model</dt>
          <dd className="big">
            {model.architecture} · {formatCount(model.parameterCount)} parameters
          </dd>
          <dd>
            {model.name ?? model.fileName} {model.synthetic && <SyntheticBadge preset={model.syntheticPreset} />}
          </dd>
        </dl>
        <dl className="card">
          <dt>Quantization</dt>
          <dd className="big">{model.fileType}</dd>
          <dd>
            {formatBytes(model.fileSizeBytes)} · header read in {model.headerReadMs.toFixed(1)} ms
          </dd>
        </dl>
        <dl className="card">
          <dt>Shape</dt>
          <dd className="big">{model.layers} layers</dd>
          <dd>
            embedding {model.embeddingSize} · {model.heads} heads ({model.kvHeads} KV) · vocabulary {model.vocabularySize.toLocaleString("en-US")} · trained
            context {model.trainedContextLength.toLocaleString("en-US")}
          </dd>
        </dl>
      </div>
      <div className="bench-two">
        <table data-testid="tensor-types">
          <thead>
            <tr>
              <th>Tensor type</th>
              <th className="num">Tensors</th>
              <th className="num">Size</th>
            </tr>
          </thead>
          <tbody>
            {model.tensorTypes.map((share) => (
              <tr key={share.type}>
                <td>{share.type}</td>
                <td className="num">{share.tensors}</td>
                <td className="num">{formatBytes(share.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table data-testid="fits">
          <thead>
            <tr>
              <th>Device</th>
              <th>Fits?</th>
              <th className="num">Needs</th>
            </tr>
          </thead>
          <tbody>
            {model.estimate.fits.map((fit) => (
              <tr key={fit.device}>
                <td>
                  {fit.device}
                  <div className="muted small">{fit.note}</div>
                </td>
                <td>{fit.fits ? <span className="pill ok">fits</span> : <span className="pill off">does not fit</span>}</td>
                <td className="num">{formatBytes(fit.neededBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Estimate for {model.estimate.gpuLayers} GPU layers and a {model.estimate.contextSize.toLocaleString("en-US")}-token context: {formatBytes(model.estimate.vramBytes)}{" "}
        VRAM, {formatBytes(model.estimate.ramBytes)} RAM.
      </p>
    </div>
  );
}
