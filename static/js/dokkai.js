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

// Keyboard shortcuts: an element with data-key="1" is clicked when 1 is pressed.
// Keys typed into a field stay there, and Enter or Space on a focused control keeps
// its native meaning (pressing it), so nothing is ever activated twice.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const key = event.key === " " ? "Space" : event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.target.closest("input, textarea, select")) return;
  if ((key === "Enter" || key === "Space") && event.target.closest("button, a, summary")) return;
  const button = document.querySelector(`[data-key~="${CSS.escape(key)}"]:not([disabled])`);
  if (button) {
    event.preventDefault();
    button.click();
  }
});

document.addEventListener("DOMContentLoaded", () => enhance(document));
