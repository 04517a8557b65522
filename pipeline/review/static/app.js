/* Review app: vanilla JS, no network beyond this server. All article text goes
   into the page through textContent / value, never innerHTML. Offsets are
   code-point indices (Python str indices) into the article text. */
(function () {
  "use strict";
  var TYPES = ["partners", "programs", "counts", "quotes", "officials"];
  var LABEL = {partners: "PARTNER", programs: "PROGRAM", counts: "COUNT", quotes: "QUOTE", officials: "OFFICIAL"};
  var FIELDS = {};  // type -> [[name, widget or options]], from /api/fields (derived from the schema)
  var S = {articles: [], cur: null, cps: [], recs: [], sel: -1, editing: -1, dirty: false, pendingSel: null};
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "cls") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function api(method, path, body) {
    var opt = {method: method, headers: {"Accept": "application/json"}};
    if (body !== undefined) { opt.body = JSON.stringify(body); opt.headers["Content-Type"] = "application/json"; }
    return fetch(path, opt).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || (r.status + " " + r.statusText));
        return j;
      });
    });
  }
  function status(msg, cls) { var s = $("status"); s.textContent = msg; s.className = cls || ""; }
  function setDirty(d) { S.dirty = d; if (d) status("unsaved changes", "dirty"); }
  function cpLen(s) { return Array.from(s).length; }

  /* ------------------------------------------------------------ article list */
  function loadList() {
    return api("GET", "/api/articles").then(function (j) { S.articles = j.articles; renderList(); });
  }
  function visible() {
    var q = $("filter").value.trim().toLowerCase(), todo = $("todo").checked;
    return S.articles.filter(function (a) {
      if (todo && a.reviewed) return false;
      return !q || (a.id + " " + (a.title || "")).toLowerCase().indexOf(q) >= 0;
    });
  }
  function renderList() {
    var ul = $("articles"); ul.textContent = "";
    visible().forEach(function (a) {
      var chips = el("div", {}, TYPES.map(function (t) {
        return el("span", {cls: "chip t-" + t, title: t, text: String(a.counts[t] || 0)});
      }));
      var li = el("li", {"data-id": a.id, cls: S.cur && S.cur.id === a.id ? "cur" : ""}, [
        el("div", {cls: "t" + (a.reviewed ? " done" : ""), text: a.title || a.id, title: a.id}), chips,
        a.error ? el("div", {cls: "err", text: "error: " + a.error}) : null,
        a.has_text ? null : el("div", {cls: "err", text: "no text"})]);
      li.addEventListener("click", function () { go(a.id); });
      ul.appendChild(li);
    });
  }
  function go(id) {
    var p = S.dirty ? save() : Promise.resolve();
    return p.then(function () { return openArticle(id); }).catch(function (e) { status(e.message, "err"); });
  }
  function step(d) {
    var vis = visible(); if (!vis.length) return;
    var i = S.cur ? vis.findIndex(function (a) { return a.id === S.cur.id; }) : -1;
    var j = Math.max(0, Math.min(vis.length - 1, i + d));
    if (i < 0) j = 0;
    if (!S.cur || vis[j].id !== S.cur.id) go(vis[j].id);
  }

  /* ------------------------------------------------------------ one article */
  function openArticle(id) {
    return api("GET", "/api/articles/" + encodeURIComponent(id)).then(function (a) {
      S.cur = a; S.cps = Array.from(a.text || ""); S.sel = -1; S.editing = -1;
      if (a.review) {
        S.recs = a.review.records.map(function (r) { return Object.assign({}, r); });
      } else {
        S.recs = [];
        TYPES.forEach(function (t) {
          (a[t] || []).forEach(function (r) { S.recs.push(Object.assign({}, r, {rtype: t, status: "pending", origin: "pred"})); });
        });
      }
      $("title").textContent = a.title || a.id;
      var meta = $("meta"); meta.textContent = a.id + (a.url ? "  ·  " + a.url : "") +
        (a.review && a.review.saved_at ? "  ·  reviewed " + a.review.saved_at : "");
      $("source").value = (a.review ? a.review.source : a.source) || "";
      $("dateline").value = (a.review ? a.review.dateline : a.dateline) || "";
      S.dirty = false; status(a.review ? "reviewed" : "not reviewed yet");
      if (a.review && a.review_stale) status("reviewed against a different text: check the highlights", "err");
      if (S.recs.length) S.sel = 0;
      render(); renderList();
      history.replaceState(null, "", "#" + encodeURIComponent(id));
    });
  }
  function order() {  // display order: by type, then as listed
    var idx = S.recs.map(function (_, i) { return i; });
    return idx.sort(function (x, y) {
      return (TYPES.indexOf(S.recs[x].rtype) - TYPES.indexOf(S.recs[y].rtype)) || (x - y);
    });
  }
  function render() { renderText(); renderRecs(); }

  function validSpan(r) {
    return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= S.cps.length;
  }
  function renderText() {
    var box = $("text"); box.textContent = "";
    $("legend").textContent = "";
    TYPES.forEach(function (t) { $("legend").appendChild(el("span", {cls: "chip t-" + t, text: LABEL[t]})); });
    if (!S.cur.text) {
      box.appendChild(el("p", {cls: "none", text: "No article text in the output: start the app with --texts INPUT... to see and highlight it."}));
      return;
    }
    var spans = [];
    S.recs.forEach(function (r, i) { if (validSpan(r)) spans.push({i: i, s: r.start, e: r.end, r: r}); });
    var cuts = [0, S.cps.length];
    spans.forEach(function (x) { cuts.push(x.s, x.e); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1];
      var cover = spans.filter(function (x) { return x.s <= a && b <= x.e; });
      var seg = el("span", {"data-s": String(a)}, [S.cps.slice(a, b).join("")]);
      if (cover.length) {
        var live = cover.filter(function (x) { return x.r.status !== "rejected"; });
        var pool = live.length ? live : cover;
        var inner = pool.reduce(function (m, x) { return (x.e - x.s) < (m.e - m.s) ? x : m; });
        var cls = "m t-" + inner.r.rtype + (live.length ? "" : " rej");
        if (inner.r.rtype !== "quotes" && live.some(function (x) { return x.r.rtype === "quotes"; })) cls += " in-quote";
        var m = el("mark", {cls: cls, "data-recs": cover.map(function (x) { return x.i; }).join(" ")}, [seg]);
        var closing = cover.filter(function (x) { return x.e === b && x.r.status !== "rejected"; });
        if (closing.length) m.setAttribute("data-label", closing.map(function (x) { return LABEL[x.r.rtype]; }).join(" "));
        box.appendChild(m);
      } else box.appendChild(seg);
    }
    box.querySelectorAll("mark[data-label]").forEach(function (m) {
      m.appendChild(el("span", {cls: "lbl", "aria-hidden": "true", "data-nosel": "1", text: m.getAttribute("data-label")}));
    });
    markSelected();
  }
  function fieldLine(r) {
    var parts = [];
    FIELDS[r.rtype].forEach(function (f) {
      var v = r[f[0]];
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) return;
      if (Array.isArray(v)) v = v.join("; ");
      parts.push(el("span", {}, [el("b", {text: f[0] + ": "}), String(v) + "  "]));
    });
    return el("div", {cls: "f"}, parts);
  }
  function renderRecs() {
    var box = $("recs"); box.textContent = "";
    var ord = order(), lastType = null;
    ord.forEach(function (i) {
      var r = S.recs[i];
      if (r.rtype !== lastType) {
        lastType = r.rtype;
        var n = S.recs.filter(function (x) { return x.rtype === r.rtype; }).length;
        box.appendChild(el("h4", {}, [el("span", {cls: "chip t-" + r.rtype, text: LABEL[r.rtype]}), " " + r.rtype + " (" + n + ")"]));
      }
      box.appendChild(card(i));
    });
    if (!S.recs.length) box.appendChild(el("p", {cls: "none", text: "No records. Select text to add one."}));
    var missing = TYPES.filter(function (t) { return !S.recs.some(function (r) { return r.rtype === t; }); });
    if (missing.length) box.appendChild(el("p", {cls: "none", text: "none: " + missing.join(", ")}));
  }
  function card(i) {
    var r = S.recs[i];
    var st = r.status + (r.edited ? ", edited" : "") + (r.origin === "added" ? ", added" : "");
    var c = el("div", {cls: "rec t-" + r.rtype + " " + r.status + (i === S.sel ? " sel" : ""), "data-i": String(i)}, [
      el("span", {cls: "st", text: st}), fieldLine(r)]);
    if (validSpan(r)) c.appendChild(el("div", {cls: "none", text: "“" + S.cps.slice(r.start, r.end).join("").slice(0, 140) + "”  [" + r.start + "–" + r.end + "]" + (r.rule ? "  " + r.rule : "")}));
    else c.appendChild(el("div", {cls: "none", text: "no evidence offsets" + (r.rule ? "  " + r.rule : "")}));
    if (S.editing === i) c.appendChild(form(i));
    else {
      var acts = el("div", {cls: "acts"}, [
        btn("accept", "a", function () { setStatus(i, "accepted"); }),
        btn("reject", "r", function () { setStatus(i, "rejected"); }),
        btn("edit", "e", function () { edit(i); })]);
      c.appendChild(acts);
    }
    c.addEventListener("click", function (e) { if (e.target.closest("form,button")) return; select(i); });
    c.addEventListener("mouseenter", function () { hover(i, true); });
    c.addEventListener("mouseleave", function () { hover(i, false); });
    return c;
  }
  function btn(text, key, fn) {
    var b = el("button", {type: "button", title: text + " (" + key + ")", "data-act": text, text: text});
    b.addEventListener("click", function (e) { e.stopPropagation(); fn(); });
    return b;
  }
  function form(i) {
    var r = S.recs[i];
    var f = el("form", {autocomplete: "off"});
    FIELDS[r.rtype].forEach(function (fd) {
      var name = fd[0], kind = fd[1], input;
      var v = r[name];
      if (Array.isArray(kind)) {
        input = el("select", {name: name}, kind.map(function (o) { return el("option", {value: o, text: o || "—"}); }));
        input.value = v || "";
      } else if (kind === "area") {
        input = el("textarea", {name: name}); input.value = v || "";
      } else if (kind === "bool") {
        input = el("input", {type: "checkbox", name: name}); input.checked = !!v;
      } else {
        input = el("input", {name: name, type: kind === "number" ? "text" : "text", inputmode: kind === "number" ? "decimal" : "text"});
        input.value = Array.isArray(v) ? v.join("; ") : (v === null || v === undefined ? "" : String(v));
        if (kind === "list") input.placeholder = "separate with ;";
      }
      f.appendChild(el("label", {text: name, "for": "f-" + name}));
      input.id = "f-" + name;
      f.appendChild(input);
    });
    var ok = el("button", {type: "submit", "data-act": "save-record", text: "OK"});
    var cancel = el("button", {type: "button", "data-act": "cancel", text: "cancel"});
    cancel.addEventListener("click", function () { closeEdit(); });
    f.appendChild(el("div", {cls: "wide"}, [ok, " ", cancel, " ", el("span", {cls: "none", text: "Enter = OK, Esc = cancel"})]));
    f.addEventListener("submit", function (e) { e.preventDefault(); commitEdit(i, f); });
    f.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.tagName === "TEXTAREA" && !(e.ctrlKey || e.metaKey)) return;
      if (e.key === "Enter") { e.preventDefault(); commitEdit(i, f); }
    });
    return f;
  }
  function parseNumber(s) {
    s = String(s).trim();
    if (!s) return null;
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");  // 1.500,5
    else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");                               // 2,5
    var n = Number(s);
    return isFinite(n) ? n : null;
  }
  function commitEdit(i, f) {
    var r = S.recs[i], vals = {}, bad = null;
    FIELDS[r.rtype].forEach(function (fd) {
      var name = fd[0], kind = fd[1], inp = f.elements[name], v;
      if (kind === "bool") v = inp.checked;
      else if (kind === "list") v = inp.value.split(";").map(function (x) { return x.trim(); }).filter(Boolean);
      else if (kind === "number") { v = parseNumber(inp.value); if (v === null) bad = bad || name + " must be a number"; }
      else v = inp.value.trim() || null;
      vals[name] = v;
    });
    if (bad) { status(bad, "err"); return; }
    var changed = Object.keys(vals).some(function (k) {
      return JSON.stringify(vals[k]) !== JSON.stringify(r[k] === undefined ? null : r[k]);
    });
    Object.assign(r, vals);
    if (changed && r.origin !== "added") r.edited = true;
    r.status = "accepted";
    S.editing = -1; setDirty(true); render();
  }
  function edit(i) { S.sel = i; S.editing = i; render(); var f = document.querySelector(".rec.sel form"); if (f) { var x = f.querySelector("input,textarea,select"); if (x) x.focus(); } }
  function closeEdit() { S.editing = -1; render(); }
  function setStatus(i, st) {
    if (i < 0 || !S.recs[i]) return;
    S.recs[i].status = st; S.sel = i; setDirty(true); render();
  }
  function select(i, scroll) {
    if (!S.recs.length) return;
    S.sel = i; renderRecs(); markSelected();
    var c = document.querySelector('.rec[data-i="' + i + '"]');
    if (c && scroll !== false) c.scrollIntoView({block: "nearest"});
    var m = document.querySelector("mark.sel");
    if (m && scroll !== false) m.scrollIntoView({block: "nearest"});
  }
  function markSelected() {
    document.querySelectorAll("#text mark").forEach(function (m) {
      var ids = m.getAttribute("data-recs").split(" ").map(Number);
      m.classList.toggle("hl", ids.indexOf(S.sel) >= 0);
      m.classList.toggle("sel", ids.indexOf(S.sel) >= 0);
    });
  }
  function hover(i, on) {
    document.querySelectorAll("#text mark").forEach(function (m) {
      if (m.getAttribute("data-recs").split(" ").map(Number).indexOf(i) >= 0) m.classList.toggle("hl", on || i === S.sel);
    });
  }
  function move(d) {
    var ord = order(); if (!ord.length) return;
    var k = ord.indexOf(S.sel);
    k = k < 0 ? 0 : Math.max(0, Math.min(ord.length - 1, k + d));
    select(ord[k]);
  }

  /* ------------------------------------------------------------ text <-> records */
  $("text").addEventListener("mouseover", function (e) {
    var m = e.target.closest("mark[data-recs]");
    document.querySelectorAll(".rec.hl").forEach(function (c) { c.classList.remove("hl"); });
    if (!m) return;
    m.getAttribute("data-recs").split(" ").forEach(function (i) {
      var c = document.querySelector('.rec[data-i="' + i + '"]'); if (c) c.classList.add("hl");
    });
  });
  $("text").addEventListener("click", function (e) {
    var sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    var m = e.target.closest("mark[data-recs]");
    if (!m) return;
    var ids = m.getAttribute("data-recs").split(" ").map(Number);
    var inner = ids.reduce(function (best, i) {
      var r = S.recs[i], b = S.recs[best];
      return (r.end - r.start) < (b.end - b.start) ? i : best;
    });
    var k = ids.indexOf(S.sel);  // clicking again cycles through overlapping records
    select(k >= 0 && ids.length > 1 ? ids[(k + 1) % ids.length] : inner);
  });

  function offsetOf(node, off) {
    var box = $("text");
    if (node.nodeType === 3) {
      var seg = node.parentElement.closest("[data-s]");
      if (!seg) {  // inside a label badge: snap to the end of its mark
        var m = node.parentElement.closest("mark"); seg = m && m.querySelector("[data-s]");
        if (!seg) return null;
        return +seg.getAttribute("data-s") + cpLen(seg.textContent);
      }
      return +seg.getAttribute("data-s") + cpLen(node.data.slice(0, off));
    }
    if (node === box) {
      var kids = box.childNodes;
      if (off >= kids.length) return S.cps.length;
      var s = kids[off].querySelector ? (kids[off].matches("[data-s]") ? kids[off] : kids[off].querySelector("[data-s]")) : null;
      return s ? +s.getAttribute("data-s") : null;
    }
    var el0 = node.nodeType === 1 ? node : node.parentElement;
    var seg2 = el0.matches("[data-s]") ? el0 : el0.querySelector("[data-s]") || el0.closest("[data-s]");
    if (!seg2) return null;
    return +seg2.getAttribute("data-s") + (off > 0 ? cpLen(seg2.textContent) : 0);
  }
  function selectionOffsets() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    var rg = sel.getRangeAt(0), box = $("text");
    if (!box.contains(rg.startContainer) || !box.contains(rg.endContainer)) return null;
    var s = offsetOf(rg.startContainer, rg.startOffset), e = offsetOf(rg.endContainer, rg.endOffset);
    if (s === null || e === null) return null;
    if (s > e) { var t = s; s = e; e = t; }
    while (s < e && /\s/.test(S.cps[s])) s++;          // trim spaces
    while (e > s && /\s/.test(S.cps[e - 1])) e--;
    return e > s ? {start: s, end: e, text: S.cps.slice(s, e).join("")} : null;
  }
  function showAddbar() {
    var o = selectionOffsets(), bar = $("addbar");
    S.pendingSel = o;
    if (!o) { bar.hidden = true; return; }
    var rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
    bar.style.left = Math.max(4, rect.left) + "px";
    bar.style.top = (rect.bottom + 6) + "px";
    bar.hidden = false;
  }
  document.addEventListener("mouseup", function (e) { if (!e.target.closest("#addbar")) setTimeout(showAddbar, 0); });
  document.addEventListener("selectionchange", function () { if (window.getSelection().isCollapsed && !$("addbar").hidden) { S.pendingSel = null; $("addbar").hidden = true; } });
  $("addbar").addEventListener("mousedown", function (e) { e.preventDefault(); });  // keep the selection
  $("addbar").addEventListener("click", function (e) {
    var b = e.target.closest("button[data-type]"); if (b) addFromSelection(b.getAttribute("data-type"));
  });

  var MULT = {ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12};
  var WORDNUM = {satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
    sebelas: 11, seratus: 100, seribu: 1000, puluhan: 10, belasan: 11, ratusan: 100, ribuan: 1000};
  function prefill(type, text) {
    var t = text.replace(/\s+/g, " ").trim();
    if (type === "partners" || type === "programs") return {name: t.replace(/^(dengan|bersama)\s+/i, "")};
    if (type === "officials") return {name: t, title: null};
    if (type === "quotes") {
      var direct = /^["“”'‘]/.test(t) || /["“”'’]$/.test(t);
      return {text: t.replace(/^["“”'‘’\s]+|["“”'‘’\s]+$/g, ""), kind: direct ? "direct" : "indirect", speaker: null};
    }
    if (type === "counts") {
      var rec = {value: null, unit: t, approximate: false};
      var pre = t.match(/^(sekitar|lebih dari|setidaknya|sedikitnya|hampir|kurang lebih|lebih kurang)\s+/i);
      if (pre) { t = t.slice(pre[0].length); rec.approximate = true; rec.unit = t; }
      var m = t.match(/^(Rp\.?\s*)?(\d[\d.,]*)\s*(ribu|juta|miliar|milyar|triliun)?\s*(.*)$/i);
      if (m) {
        var v = parseNumber(m[2]);
        if (v !== null) rec.value = v * (m[3] ? MULT[m[3].toLowerCase()] : 1);
        rec.unit = m[1] ? "rupiah" : (m[4] || "");
      } else {
        var w = t.match(/^(\S+)\s*(.*)$/);
        if (w && WORDNUM[w[1].toLowerCase()] !== undefined) {
          rec.value = WORDNUM[w[1].toLowerCase()]; rec.unit = w[2];
          rec.approximate = rec.approximate || ["puluhan", "belasan", "ratusan", "ribuan"].indexOf(w[1].toLowerCase()) >= 0;
        }
      }
      return rec;
    }
    return {};
  }
  function addFromSelection(type) {
    var o = S.pendingSel || selectionOffsets();
    if (!o || !S.cur) return;
    var r = Object.assign({rtype: type, status: "accepted", origin: "added", start: o.start, end: o.end, rule: "review"}, prefill(type, o.text));
    S.recs.push(r);
    var i = S.recs.length - 1;
    window.getSelection().removeAllRanges();
    $("addbar").hidden = true; S.pendingSel = null;
    setDirty(true); edit(i);
  }

  /* ------------------------------------------------------------ saving */
  function save() {
    if (!S.cur) return Promise.resolve();
    var id = S.cur.id;
    var body = {source: $("source").value, dateline: $("dateline").value, records: S.recs};
    status("saving…");
    return api("POST", "/api/articles/" + encodeURIComponent(id) + "/review", body).then(function (j) {
      S.dirty = false;
      status("saved " + j.file, "");
      var a = S.articles.find(function (x) { return x.id === id; });
      if (a) { a.reviewed = true; a.counts = j.counts; }
      renderList();
      return j;
    }).catch(function (e) { status("not saved: " + e.message, "err"); throw e; });
  }
  $("save").addEventListener("click", function () { save().catch(function () {}); });
  ["source", "dateline"].forEach(function (id) { $(id).addEventListener("input", function () { setDirty(true); }); });
  $("filter").addEventListener("input", renderList);
  $("todo").addEventListener("change", renderList);
  $("helpbtn").addEventListener("click", function () { $("help").hidden = !$("help").hidden; });
  window.addEventListener("beforeunload", function (e) { if (S.dirty) { e.preventDefault(); e.returnValue = ""; } });

  /* ------------------------------------------------------------ keyboard */
  document.addEventListener("keydown", function (e) {
    var tag = (e.target.tagName || "").toLowerCase(), typing = tag === "input" || tag === "textarea" || tag === "select";
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") { e.preventDefault(); save().catch(function () {}); return; }
    if (e.key === "Escape") {
      if (S.editing >= 0) closeEdit();
      $("addbar").hidden = true; $("help").hidden = true;
      if (typing) e.target.blur();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    var k = e.key;
    if (!$("addbar").hidden && /^[1-5]$/.test(k)) { e.preventDefault(); addFromSelection(TYPES[+k - 1]); return; }
    var acts = {
      j: function () { move(1); }, ArrowDown: function () { move(1); },
      k: function () { move(-1); }, ArrowUp: function () { move(-1); },
      a: function () { setStatus(S.sel, "accepted"); move(1); },
      r: function () { setStatus(S.sel, "rejected"); move(1); },
      u: function () { setStatus(S.sel, "pending"); },
      e: function () { if (S.sel >= 0) edit(S.sel); }, Enter: function () { if (S.sel >= 0) edit(S.sel); },
      n: function () { step(1); }, p: function () { step(-1); },
      s: function () { save().catch(function () {}); },
      "/": function () { $("filter").focus(); },
      "?": function () { $("help").hidden = !$("help").hidden; }
    };
    if (acts[k]) { e.preventDefault(); acts[k](); }
  });

  api("GET", "/api/fields").then(function (j) {
    TYPES = j.types;
    TYPES.forEach(function (t) {
      FIELDS[t] = j.fields[t].map(function (f) { return [f.name, f.widget === "select" ? f.options : f.widget]; });
    });
    return loadList();
  }).then(function () {
    var want = decodeURIComponent(location.hash.slice(1));
    var first = S.articles.find(function (a) { return a.id === want; }) || S.articles[0];
    if (first) return openArticle(first.id);
  }).catch(function (e) { status(e.message, "err"); });

  window.__review = S;  // for tests and debugging
})();
