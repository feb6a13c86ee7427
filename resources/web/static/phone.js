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
