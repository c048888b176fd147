// The reader's look-up: a word is a link to its look-up page; with this script it opens
// in a popover instead (Esc and a click outside close it, as the Popover API does natively),
// and focus returns to the word when it closes.
"use strict";

(() => {
  const lookup = document.getElementById("lookup");
  if (!lookup || !window.htmx || !lookup.showPopover) return;
  let opener = null;

  document.addEventListener("click", (event) => {
    const word = event.target.closest(".reader a.w");
    if (!word || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    opener = word;
    document.querySelectorAll(".reader a.w.looked-up").forEach((w) => w.classList.remove("looked-up"));
    word.classList.add("looked-up");
    htmx.ajax("GET", word.getAttribute("href"), { target: "#lookup", swap: "innerHTML" }).then(() => {
      if (!lookup.matches(":popover-open")) lookup.showPopover();
      const title = lookup.querySelector("#lookup-title");
      if (title) title.focus();
    });
  });

  lookup.addEventListener("toggle", (event) => {
    if (event.newState !== "closed" || !opener) return;
    opener.classList.remove("looked-up");
    // Marking a word known re-renders the sections: find the same word again by its address.
    const word = document.contains(opener)
      ? opener
      : document.querySelector(`.reader a.w[href="${CSS.escape(opener.getAttribute("href"))}"]`);
    if (word) word.focus();
  });
})();
