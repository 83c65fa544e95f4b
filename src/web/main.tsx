import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@utrecht/design-tokens/dist/root.css";
import "@utrecht/component-library-css/dist/index.css";
import "./styles.css";
import { App } from "./App.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
