import "./setup/zodJitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApiClient } from "./api/client";
import { ApiProvider } from "./api/ApiContext";
import { App } from "./app/App";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
createRoot(root).render(
  <StrictMode>
    <ApiProvider client={createApiClient()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
