// Dokkai's only script: progressive enhancements that keep working without it.
"use strict";

function enhance(root) {
  // The language menu submits itself; its button stays for people without JavaScript.
  root.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
    const fallback = select.form.querySelector("[data-autosubmit-fallback]");
    if (fallback) fallback.classList.add("visually-hidden");
  });
  // The time-zone menu offers the browser's own zone first.
  root.querySelectorAll("select[name=time_zone]").forEach(browserZoneFirst);
  // An assignment's sections: those of the chosen article only.
  root.querySelectorAll("select[name=article]").forEach(sectionsOfTheChosenArticle);
  // An assignment's settings: those of the chosen mode only (quiz or practice).
  root.querySelectorAll("form:has([data-mode])").forEach(settingsOfTheChosenMode);
  // A timed quiz: a countdown that stays in view, and a stop when time is up.
  root.querySelectorAll("[data-quiz-timer]").forEach(countDown);
}

function countDown(timer) {
  // The server says how many seconds are left, so a device's wrong clock does not matter.
  const deadline = Date.now() + Number(timer.dataset.secondsLeft) * 1000;
  const clock = timer.querySelector("[data-countdown]");
  const announcement = timer.querySelector("[data-timer-announcement]");
  timer.querySelector("[data-countdown-label]").hidden = false;
  const warnings = [[300, timer.dataset.warn5], [60, timer.dataset.warn1]];
  let first = true;
  let flushed = false;
  const tick = () => {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    clock.textContent = clockText(left);
    timer.classList.toggle("urgent", left <= 60);
    // Screen readers hear the five- and one-minute marks as they pass, not every second.
    while (warnings.length && left <= warnings[0][0]) {
      const [, text] = warnings.shift();
      if (!first && left > 0) announcement.textContent = text;
    }
    first = false;
    if (left <= 3 && !flushed) {
      flushed = true;
      saveTypedAnswers();
    }
    if (left > 0) return;
    clearInterval(interval);
    stopQuiz(timer);
  };
  const interval = setInterval(tick, 1000);
  tick();
}

function clockText(seconds) {
  const two = (n) => String(n).padStart(2, "0");
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours ? `${hours}:${two(minutes)}:${two(seconds % 60)}` : `${minutes}:${two(seconds % 60)}`;
}

function saveTypedAnswers() {
  // A reading typed in the last seconds, its box still focused and 保存 not pressed, was lost
  // at zero (a walker): sent while the server still takes answers.
  document.querySelectorAll(".quiz-questions input[type=text]").forEach((input) => {
    if (input.value !== input.defaultValue) input.form.requestSubmit();
  });
}

function stopQuiz(timer) {
  // Nothing given now would count: the server refuses answers after the time limit.
  document.querySelectorAll(".quiz-questions :is(input, button), .submit-area :is(a, button)").forEach((control) => {
    control.disabled = true;
    control.setAttribute("aria-disabled", "true");
    if (control.tagName === "A") control.removeAttribute("href");
  });
  timer.querySelector("[data-time-up]").hidden = false;
  // Viewing the attempt after its time submits it as it stood; a second's pause lets an
  // answer already on its way arrive first and the learner read why the page changes.
  setTimeout(() => window.location.replace(timer.dataset.resultUrl), 1500);
}

function settingsOfTheChosenMode(form) {
  const target = form.querySelector("[name=practice_target]");
  const show = () => {
    const mode = form.querySelector("input[name=mode]:checked")?.value;
    form.querySelectorAll("[data-mode]").forEach((input) => {
      const otherMode = Boolean(mode) && input.dataset.mode !== mode;
      // A practice's figure is that of its target: reviews to reach, or a share to master.
      const otherTarget = Boolean(input.dataset.target) && target && input.dataset.target !== target.value;
      input.closest(".field").hidden = otherMode || otherTarget;
    });
  };
  form.querySelectorAll("input[name=mode]").forEach((radio) => radio.addEventListener("change", show));
  target?.addEventListener("change", show);
  show();
}

function sectionsOfTheChosenArticle(select) {
  const boxes = select.form.querySelectorAll("input[name=sections][data-article]");
  const show = () => {
    boxes.forEach((box) => {
      const ours = box.dataset.article === select.value;
      const item = box.closest("label").parentElement;
      item.hidden = !ours;
      item.parentElement.hidden = !ours; // the article's group, titled once
      if (!ours) box.checked = false; // a section of another article would not be saved
    });
  };
  select.addEventListener("change", show);
  show();
}

function browserZoneFirst(select) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const option = zone && Array.from(select.options).find((candidate) => candidate.value === zone);
  if (!option) return;
  const group = document.createElement("optgroup");
  group.label = select.form.querySelector("[data-browser-zone-note]")?.textContent.trim() || zone;
  const first = option.cloneNode(true);
  first.textContent = zone;
  first.selected = option.selected;
  option.selected = false;
  option.disabled = first.selected; // one selected option, however the list is read
  group.append(first);
  select.prepend(group);
}

// Keys pressed while htmx swaps the next card in are kept and replayed, in order, once the
// card has settled: only then has htmx bound its forms (a click before that would post the
// form as a plain page). So a quick "4" then "1" after an answer rates, then answers.
let swapping = false;
const pendingKeys = [];
const isStage = (event) => event.detail.target?.id === "study-stage";
document.addEventListener("htmx:beforeRequest", (event) => {
  if (isStage(event)) swapping = true;
});
document.addEventListener("htmx:afterRequest", (event) => {
  if (isStage(event) && !event.detail.successful) swapping = false;
});

// After htmx swaps new content in, move focus to it so keyboard users carry on there.
document.addEventListener("htmx:afterSettle", (event) => {
  const focusable = event.detail.target.querySelector("[autofocus], [data-focus]");
  if (focusable) focusable.focus();
  if (!isStage(event)) return;
  swapping = false;
  // One key per card: a key that sends a request makes the rest wait for the next card.
  const key = pendingKeys.shift();
  if (key !== undefined) pressShortcut(key);
});

function keyName(event) {
  return event.key === " " ? "Space" : event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

function pressShortcut(key) {
  const button = document.querySelector(`[data-key~="${CSS.escape(key)}"]:not([disabled])`);
  if (button) button.click();
  return Boolean(button);
}

// Keyboard shortcuts: an element with data-key="1" is clicked when 1 is pressed.
// Keys typed into a field stay there (Esc leaves the field, so that U and the digits
// work again), and Enter or Space on a focused control keeps its native meaning
// (pressing it), so nothing is ever activated twice.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing) return;
  const key = keyName(event);
  const field = event.target.closest("input, textarea, select");
  if (field) {
    if (key === "Escape") field.blur();
    return;
  }
  if ((key === "Enter" || key === "Space") && event.target.closest("button, a, summary")) {
    if (swapping) event.preventDefault(); // the old card's button is on its way out
    else return;
  }
  if (swapping) {
    if (/^[1-4u]$|^(Enter|Space)$/.test(key)) {
      if (pendingKeys.length < 4) pendingKeys.push(key);
      event.preventDefault();
    }
    return;
  }
  if (pressShortcut(key)) event.preventDefault();
});

document.addEventListener("DOMContentLoaded", () => enhance(document));
