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
  var pollCard = document.getElementById("screen-poll");
  // What the page showed when it was drawn, so a change before the first poll is still said.
  var lastPoll = pollCard ? pollCard.getAttribute("data-poll-key") || "" : "";
  var turnLine = document.getElementById("screen-turn-line");
  var turn = document.getElementById("screen-turn");
  var focusLine = document.getElementById("screen-focus-line");
  var focus = document.getElementById("screen-focus");

  function show(el, on) { if (el) { el.hidden = !on; } }

  // What the projector shows: the view, a black-out, a word explained, a vote's dots.
  var projector = document.getElementById("screen-projector");
  var last = {};
  ["view", "blank", "term", "dots"].forEach(function (name) {
    last[name] = projector ? projector.getAttribute("data-" + name + "-key") || "" : "";
  });

  function fillProjector(shown) {
    if (!projector || !shown) { return []; }
    var said = [];
    var say = function (name) { return projector.getAttribute("data-" + name + "-said"); };
    document.getElementById("screen-view").textContent = shown.view_name;
    show(document.getElementById("screen-view-line"), !!shown.view_name);
    show(document.getElementById("screen-blank"), shown.blank);
    document.getElementById("screen-term").textContent = shown.term;
    document.getElementById("screen-explanation").textContent = shown.explanation;
    show(document.getElementById("screen-term-box"), !!shown.term);
    var dots = document.getElementById("screen-dots");
    while (dots.firstChild) { dots.removeChild(dots.firstChild); }
    shown.dots.forEach(function (row) {
      var item = document.createElement("li");
      var place = document.createElement("span");
      place.className = "quiet";
      place.textContent = row.place;
      var label = document.createElement("span");
      label.className = "user-text";
      label.setAttribute("dir", "auto");
      label.textContent = row.label;
      var colon = document.createElement("span");
      colon.setAttribute("aria-hidden", "true");
      colon.textContent = ":";
      item.appendChild(place);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(label);
      item.appendChild(colon);
      item.appendChild(document.createTextNode(" " + row.dots_text));
      dots.appendChild(item);
    });
    show(document.getElementById("screen-dots-box"), shown.dots.length > 0);
    // Nothing known of the big screen: no empty card with only its heading.
    show(projector, !!shown.view_name || shown.blank || !!shown.term || shown.dots.length > 0);
    var keys = shown.keys;
    if (keys.blank !== last.blank && keys.blank) { said.push(say("blank")); }
    if (keys.view !== last.view && shown.view_name) {
      said.push(say("view") + " " + shown.view_name);
    }
    if (keys.term !== last.term && shown.term) {
      said.push(say("term") + " " + shown.term + ". " + shown.explanation);
    }
    if (keys.dots !== last.dots && keys.dots) { said.push(say("dots")); }
    last = keys;
    return said;
  }

  function fillPoll(poll) {
    // The poll's question, and its results once revealed; returns what to say, if anything.
    show(pollCard, !!poll);
    if (!pollCard || !poll) { lastPoll = ""; return ""; }
    document.getElementById("screen-poll-question").textContent = poll.question;
    show(document.getElementById("screen-poll-answer"), poll.open);
    var earlier = document.getElementById("screen-poll-results-question");
    earlier.lastElementChild.textContent = poll.results_question;
    show(earlier, poll.rows.length && !poll.revealed);
    var list = document.getElementById("screen-poll-results");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    poll.rows.forEach(function (row) {
      var item = document.createElement("li");
      var label = document.createElement("span");
      label.className = "user-text result-label";
      label.setAttribute("dir", "auto");
      label.textContent = row.label;
      var colon = document.createElement("span");
      colon.setAttribute("aria-hidden", "true");
      colon.textContent = ":";
      item.appendChild(label);
      item.appendChild(colon);
      item.appendChild(document.createTextNode(" " + row.count_text));
      list.appendChild(item);
    });
    show(list, poll.rows.length > 0);
    var key = poll.id + ":" + poll.revealed;
    var said = "";
    if (key !== lastPoll) {
      said = poll.revealed ? pollCard.getAttribute("data-poll-shown")
        : pollCard.getAttribute("data-poll-new") + " " + poll.question;
    }
    lastPoll = key;
    return said;
  }

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
      words.setAttribute("dir", "auto");
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
    var speaker = state.turn ? state.turn.name : "";
    if (turn && turn.textContent !== speaker) {
      turn.textContent = speaker;
      if (speaker) { said.push(root.getAttribute("data-turn") + " " + speaker); }
    }
    show(turnLine, !!speaker);
    var chosen = state.focus || "";
    if (focus && focus.textContent !== chosen) {
      focus.textContent = chosen;
      if (chosen) { said.push(root.getAttribute("data-focus") + " " + chosen); }
    }
    show(focusLine, !!chosen);
    endsAt = typeof state.remaining_s === "number" ? Date.now() + state.remaining_s * 1000 : null;
    still = state.timer || "";
    paintTimer();
    var key = questionKey(state.questions);
    if (lastQuestions !== null && key !== lastQuestions) {
      said.push(root.getAttribute("data-questions-changed"));
    }
    lastQuestions = key;
    fillQuestions(state.questions);
    said = said.concat(fillProjector(state.projector));
    var pollSaid = fillPoll(state.poll);
    if (pollSaid) { said.push(pollSaid); }
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
