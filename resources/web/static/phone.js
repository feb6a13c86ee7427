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
  var pollCard = document.getElementById("poll-card");
  var checkoutCard = document.getElementById("checkout-card");
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
    show(pollCard, state.poll_open);
    show(checkoutCard, state.checkout_open);
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

  var gone = document.getElementById("gone");
  var misses = 0;

  function reached(ok) {  // two missed polls in a row: say so before the next tap fails
    misses = ok ? 0 : misses + 1;
    if (gone && misses >= 2) { gone.textContent = document.body.getAttribute("data-gone"); }
    if (gone && (ok || misses >= 2)) { gone.hidden = ok; }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { reached(true); return r.ok ? r.json() : null; })
      .then(function (state) { if (state) { apply(state); } })
      .catch(function () { reached(false); });
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
