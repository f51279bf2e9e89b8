import { useApi } from "../api/ApiContext";
import { ROUTES } from "./routes";
import { useHashRoute } from "./useHashRoute";

export function App() {
  const api = useApi();
  const current = useHashRoute(ROUTES[0].path);
  const route = ROUTES.find((candidate) => candidate.path === current.split("/")[0]) ?? ROUTES[0];
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">◐</span> Breakeven
        </div>
        <ul>
          {ROUTES.map((candidate) => (
            <li key={candidate.path}>
              <a href={`#/${candidate.path}`} aria-current={candidate === route ? "page" : undefined}>
                {candidate.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot" title="How this window talks to the Breakeven engine">
          {api.transport === "ipc" ? "Desktop app" : "Web mode · 127.0.0.1 only"}
        </div>
      </nav>
      <main className="content">{route.render()}</main>
    </div>
  );
}
