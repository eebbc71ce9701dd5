/**
 * The dark-mode switch. The page follows the system until the reader presses
 * it; the choice is stored and applied before paint by the inline script in
 * the page head (so there is no flash of the wrong scheme).
 */

const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
const root = document.documentElement;
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");

const isDark = () => (root.dataset["theme"] ? root.dataset["theme"] === "dark" : systemDark.matches);

if (button) {
  const sync = () => button.setAttribute("aria-pressed", String(isDark()));
  sync();
  systemDark.addEventListener("change", sync);
  button.addEventListener("click", () => {
    const theme = isDark() ? "light" : "dark";
    root.dataset["theme"] = theme;
    try {
      localStorage.setItem("theme", theme);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    sync();
  });
}

export {};
