// Dokkai's only script: progressive enhancements that keep working without it.
"use strict";

function enhance(root) {
  // The language menu submits itself; its button stays for people without JavaScript.
  root.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
    const fallback = select.form.querySelector("[data-autosubmit-fallback]");
    if (fallback) fallback.classList.add("visually-hidden");
  });
}

// After htmx swaps new content in, move focus to it so keyboard users carry on there.
document.addEventListener("htmx:afterSettle", (event) => {
  const target = event.detail.target;
  const focusable = target.querySelector("[autofocus], [data-focus]");
  if (focusable) focusable.focus();
});

// Keyboard shortcuts: an element with data-key="1" is clicked when 1 is pressed,
// unless the learner is typing into a field.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = event.target.closest("input, textarea, select");
  let key = event.key === " " ? "Space" : event.key;
  if (typing && key !== "Enter") return;
  if (typing && key === "Enter") return; // Enter in a field submits its own form.
  const button = document.querySelector(`[data-key~="${CSS.escape(key)}"]:not([disabled])`);
  if (button) {
    event.preventDefault();
    button.click();
  }
});

document.addEventListener("DOMContentLoaded", () => enhance(document));
