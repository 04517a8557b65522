/* Archive page: canonical entities of the whole output, an entity's cooperations over time,
   click through to the articles (the review page opens the article named in its URL hash). */
(function () {
  "use strict";
  var S = { entities: [], cur: null };
  function $(id) { return document.getElementById(id); }
  function api(path) {
    return fetch(path).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error(j.error || r.status); return j; });
    });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function articleLink(id, title) {
    var a = el("a", null, title || id);
    a.href = "/#" + encodeURIComponent(id);
    a.className = "art";
    return a;
  }

  function renderList() {
    var q = $("filter").value.trim().toLowerCase(), kind = $("kind").value, ul = $("entities");
    var shown = S.entities.filter(function (e) {
      return (!kind || e.kind === kind) && (!q || (e.name + " " + e.entity_id).toLowerCase().indexOf(q) >= 0);
    });
    ul.textContent = "";
    shown.slice(0, 2000).forEach(function (e) {
      var li = el("li");
      li.dataset.id = e.entity_id;
      if (S.cur === e.entity_id) li.classList.add("cur");
      li.appendChild(el("span", "n", e.cooperations + " coop · " + e.articles + " art"));
      li.appendChild(el("div", "t", e.name));
      li.appendChild(el("div", "k", e.kind + (e.country ? " · " + e.country : "") + " · " + e.entity_id));
      li.addEventListener("click", function () { openEntity(e.entity_id); });
      ul.appendChild(li);
    });
    $("count").textContent = shown.length + " of " + S.entities.length + " entities";
  }

  // every month from the first to the last, quiet ones too: bars that skip empty years mislead
  function monthRange(first, last) {
    var out = [], y = +first.slice(0, 4), m = +first.slice(5, 7), s;
    do {
      s = y + "-" + (m < 10 ? "0" : "") + m;
      out.push(s);
      if (++m > 12) { m = 1; y++; }
    } while (s < last);
    return out;
  }

  function chart(coops) {
    var counts = {}, undated = 0;
    coops.forEach(function (c) { if (c.month) counts[c.month] = (counts[c.month] || 0) + 1; else undated++; });
    var dated = Object.keys(counts).sort(), box = $("chart");
    box.textContent = "";
    if (!dated.length) { box.appendChild(el("p", "small", "no dated cooperations")); return; }
    var months = monthRange(dated[0], dated[dated.length - 1]);
    var NS = "http://www.w3.org/2000/svg", h = 120, bw = Math.max(4, Math.min(18, Math.floor(900 / months.length)));
    var every = Math.max(1, Math.ceil(months.length / 24)), max = Math.max.apply(null, dated.map(function (m) {
      return counts[m]; }));
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", months.length * bw + 20);
    svg.setAttribute("height", h + 50);
    months.forEach(function (m, i) {
      if (counts[m]) {
        var bh = Math.max(2, counts[m] / max * h), r = document.createElementNS(NS, "rect");
        r.setAttribute("x", 10 + i * bw); r.setAttribute("y", h - bh); r.setAttribute("width", Math.max(2, bw - 4));
        r.setAttribute("height", bh); r.setAttribute("class", "bar"); r.setAttribute("data-month", m);
        var tip = document.createElementNS(NS, "title"); tip.textContent = m + ": " + counts[m];
        r.appendChild(tip); svg.appendChild(r);
      }
      if (i % every) return;
      var t = document.createElementNS(NS, "text");
      t.setAttribute("x", 10 + i * bw); t.setAttribute("y", h + 12);
      t.setAttribute("transform", "rotate(60 " + (10 + i * bw) + " " + (h + 12) + ")");
      t.setAttribute("class", "axis"); t.textContent = m; svg.appendChild(t);
    });
    box.appendChild(svg);
    if (undated) box.appendChild(el("p", "small", undated + " more without a date"));
  }

  function openEntity(id) {
    S.cur = id;
    location.hash = encodeURIComponent(id);
    return api("/api/entities/" + encodeURIComponent(id)).then(function (j) {
      var e = j.entity;
      $("title").textContent = e.name;
      $("meta").textContent = [e.kind, e.type, e.country, e.entity_id, (e.first_date || "?") + " – " +
        (e.last_date || "?"), "also written: " + e.variants.join("; ")].filter(Boolean).join(" · ");
      chart(j.cooperations);
      var tb = $("coops").querySelector("tbody");
      tb.textContent = "";
      j.cooperations.forEach(function (c) {
        var tr = el("tr");
        tr.appendChild(el("td", null, c.date || "?"));
        tr.appendChild(el("td", null, c.kind));
        tr.appendChild(el("td", null, c.parties.join(" – ")));
        tr.appendChild(el("td", null, c.programs.join("; ")));
        var td = el("td"); td.appendChild(articleLink(c.article_id, c.title)); tr.appendChild(td);
        tb.appendChild(tr);
      });
      var ul = $("mentions");
      ul.textContent = "";
      var seen = {};
      j.mentions.forEach(function (m) {
        if (seen[m.article_id]) return;
        seen[m.article_id] = true;
        var li = el("li");
        li.appendChild(articleLink(m.article_id));
        li.appendChild(el("span", "small", " " + (m.date || "") + " · " + m.role + ": " + m.name +
          (m.title ? " (" + m.title + ")" : "")));
        ul.appendChild(li);
      });
      renderList();
    });
  }

  $("filter").addEventListener("input", renderList);
  $("kind").addEventListener("change", renderList);
  api("/api/entities").then(function (j) {
    S.entities = j.entities;
    renderList();
    var want = decodeURIComponent(location.hash.slice(1));
    if (want && S.entities.some(function (e) { return e.entity_id === want; })) return openEntity(want);
  }).catch(function (e) { $("title").textContent = "error: " + e.message; });
  window.__archive = S;  // for tests
})();
