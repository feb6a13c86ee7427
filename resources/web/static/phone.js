// Live updates for the phone's home page. The page works without this: it only saves a refresh.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root || !window.fetch) { return; }
  var url = root.getAttribute("data-live");
  var activity = document.getElementById("now-activity");
  var timer = document.getElementById("now-timer");
  if (!timer) { return; }
  var noteCard = document.getElementById("note-card");
  var noNotes = document.getElementById("no-notes");
  var voteCard = document.getElementById("vote-card");
  var storyCard = document.getElementById("story-card");
  var handoutCard = document.getElementById("handout-card");
  var storyPlace = document.getElementById("story-place");
  var endsAt = null;

  function show(el, visible) { if (el) { el.hidden = !visible; } }

  var still = null;  // a paused timer's text

  function paintTimer() {
    if (endsAt === null) { timer.textContent = still || ""; show(timer, !!still); return; }
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    timer.textContent = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
    show(timer, true);
  }

  function apply(state) {
    if (!state.signed_in) { window.location.href = "/home"; return; }
    if (activity) { activity.textContent = state.activity || activity.getAttribute("data-idle"); }
    endsAt = typeof state.remaining_s === "number" ? Date.now() + state.remaining_s * 1000 : null;
    still = state.timer;
    paintTimer();
    show(voteCard, state.vote_open);
    show(handoutCard, state.handout);
    if (storyCard) {
      var busy = document.activeElement && /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName);
      if (state.story_phase !== storyCard.getAttribute("data-phase") && !busy) {
        window.location.reload();  // joined, called or taken off elsewhere: show the new card
        return;
      }
      if (!storyCard.contains(document.activeElement)) { show(storyCard, state.story_card); }
      if (storyPlace && typeof state.story_place === "number") {
        storyPlace.textContent = String(state.story_place);
      }
    }
    var typing = noteCard && noteCard.contains(document.activeElement);
    if (!typing) { show(noteCard, state.notes_open); show(noNotes, !state.notes_open); }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) { if (state) { apply(state); } })
      .catch(function () { /* the laptop may be busy or asleep; try again later */ });
  }

  setInterval(poll, 5000);
  setInterval(paintTimer, 1000);
})();

// Forms: a tap is taken once and shows it; a laptop that has gone away is said in plain words.
// Without this script each form still carries a one-time key, so a second tap changes nothing.
(function () {
  "use strict";
  var body = document.body;
  var gone = document.getElementById("gone");
  if (!body || !window.fetch || !window.Promise) { return; }

  function buttonOf(form) { return form.querySelector("button[type=submit], button:not([type])"); }

  function ready(form) {
    var button = buttonOf(form);
    form.removeAttribute("data-sending");
    if (button && button.hasAttribute("data-label")) {
      button.textContent = button.getAttribute("data-label");
      button.removeAttribute("aria-disabled");
      button.classList.remove("busy");
    }
  }

  function sending(form) {
    var button = buttonOf(form);
    form.setAttribute("data-sending", "1");
    if (button) {
      if (!button.hasAttribute("data-label")) { button.setAttribute("data-label", button.textContent); }
      button.textContent = body.getAttribute("data-sending") || "…";
      button.setAttribute("aria-disabled", "true");
      button.classList.add("busy");
    }
  }

  function reachable() {
    var timer = null;
    var wait = new Promise(function (_, reject) { timer = setTimeout(reject, 15000); });
    var ask = fetch("/ping", { cache: "no-store", credentials: "same-origin" })
      .then(function (r) { clearTimeout(timer); if (!r.ok) { throw new Error("no"); } });
    return Promise.race([ask, wait]);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || form.method.toLowerCase() !== "post") { return; }
    event.preventDefault();
    if (form.getAttribute("data-sending")) { return; }  // the second tap: already on its way
    sending(form);
    if (gone) { gone.hidden = true; }
    reachable().then(function () {
      HTMLFormElement.prototype.submit.call(form);
    }, function () {
      ready(form);
      if (gone) {
        gone.textContent = body.getAttribute("data-gone");
        gone.hidden = false;
        gone.scrollIntoView({ block: "center" });
      }
    });
  }, true);

  // Back to a page kept by the browser: its buttons work again.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-sending]"), ready);
  });
})();

// The big screen on a phone: follow the room by polling; say what changed, politely.
(function () {
  "use strict";
  var root = document.querySelector("[data-screen]");
  if (!root || !window.fetch) { return; }
  var url = root.getAttribute("data-screen");
  var activity = document.getElementById("screen-activity");
  var instructions = document.getElementById("screen-instructions");
  var timer = document.getElementById("screen-timer");
  var timerLine = document.getElementById("screen-timer-line");
  var list = document.getElementById("screen-questions");
  var announce = document.getElementById("screen-announce");
  var endsAt = null;
  var still = "";
  var lastQuestions = null;

  function paintTimer() {
    var text = still;
    if (endsAt !== null) {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      text = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
    }
    timer.textContent = text;
    timerLine.hidden = !text;
  }

  function questionKey(questions) {
    return questions.map(function (q) { return q.id + ":" + q.text; }).join("|");
  }

  function fillQuestions(questions) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!questions.length) {
      var empty = document.createElement("li");
      empty.className = "quiet";
      empty.textContent = list.getAttribute("data-empty");
      list.appendChild(empty);
      return;
    }
    questions.forEach(function (q) {
      var item = document.createElement("li");
      var words = document.createElement("span");
      words.className = "user-text";
      words.textContent = q.text;
      var votes = document.createElement("span");
      votes.className = "quiet";
      votes.textContent = "(" + q.votes_text + ")";
      item.appendChild(words);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(votes);
      list.appendChild(item);
    });
  }

  function apply(state) {
    if (!state.signed_in) { window.location.href = "/home"; return; }
    var said = [];
    var title = state.activity || root.getAttribute("data-idle");
    if (activity.textContent !== title) {
      activity.textContent = title;
      said.push(root.getAttribute("data-now") + " " + title);
    }
    if (instructions.textContent !== state.instructions) {
      instructions.textContent = state.instructions;
      instructions.hidden = !state.instructions;
      if (state.instructions) { said.push(state.instructions); }
    }
    endsAt = typeof state.remaining_s === "number" ? Date.now() + state.remaining_s * 1000 : null;
    still = state.timer || "";
    paintTimer();
    var key = questionKey(state.questions);
    if (lastQuestions !== null && key !== lastQuestions) {
      said.push(root.getAttribute("data-questions-changed"));
    }
    lastQuestions = key;
    fillQuestions(state.questions);
    if (said.length) { announce.textContent = said.join(" "); }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) { if (state) { apply(state); } })
      .catch(function () { /* the laptop may be busy; try again later */ });
  }

  poll();
  setInterval(poll, 4000);
  setInterval(paintTimer, 1000);
})();
