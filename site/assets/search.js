// AttackKb search. The index (search/, built from the model at generation time) is a set of scripts that call
// AKB_S: a manifest, term shards (runs of tokens in code-unit order), groups of documents. A query loads the shards
// of its words and the groups of the results it shows, each once, with <script> elements: works from file://
// and any static host, no fetch, no eval, no HTML from the index (text nodes and <mark> only). Ranking: BM25F
// weights from the generator × idf here; the whole ID first, then parts of IDs, names, headings, text; the last
// word also matches as a prefix (type-ahead). Tokens are folded like SearchText.cs (Doppelganging = Doppelgänging).
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('q');
  var box = document.getElementById('search-results');
  var pageList = document.getElementById('search-page-results');
  var filterBox = document.getElementById('search-filters');
  var files = {}, manifest = null, postingsOf = {}, docs = {}, stop = {};
  var label = { technique: 'technique', detection: 'detection', sigma: 'sigma', strategy: 'ATT&CK DET', test: 'atomic', mitigation: 'mitigation', group: 'group', software: 'software', campaign: 'campaign', asset: 'asset', component: 'data comp.', tactic: 'tactic', rule: 'lint rule' };

  window.AKB_S = {
    m: function (m) { manifest = m; m.stop.forEach(function (t) { stop[t] = true; }); },
    t: function (tokens) { Object.keys(tokens).forEach(function (t) { postingsOf[t] = tokens[t]; }); },
    d: function (first, list) { list.forEach(function (doc, i) { docs[first + i] = doc; }); }
  };

  // Loads each script once; calls done when all of them have loaded or failed (a missing shard is an empty one).
  function load(paths, done) {
    var left = 1;
    function one() { if (--left === 0) done(); }
    paths.forEach(function (p) {
      var f = files[p];
      if (f === true) return;
      left++;
      if (f) { f.push(one); return; }
      files[p] = [one];
      var s = document.createElement('script');
      s.src = root + 'search/' + p + '.js';
      s.onload = s.onerror = function () { var w = files[p]; files[p] = true; w.forEach(function (g) { g(); }); };
      document.head.appendChild(s);
    });
    one();
  }

  function fold(s) { return s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase(); }
  var wordRe = /[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*/gu;
  // Query terms: whole compounds (certutil.exe, t1553.004), as the index holds them beside their parts.
  function terms(query) {
    var q = fold(query).replace(/\b(t\d{4})[\/_](\d{3})\b/g, '$1.$2');
    return (q.match(wordRe) || []).filter(function (t) { return t.length <= 40; });
  }
  // The last entry of a sorted list that is <= x (its shard or group).
  function floor(list, x) {
    var lo = 0, hi = list.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (list[mid] <= x) lo = mid; else hi = mid - 1; }
    return lo;
  }
  // The shards of a token, and with the prefix of a last word of 3+ letters, of every token it starts.
  function shardsOf(t, prefix) {
    var first = floor(manifest.shards, t), last = prefix ? floor(manifest.shards, t + '\uffff') : first, out = [];
    for (var i = first; i <= last; i++) out.push('t' + i);
    return out;
  }
  function isPrefix(k, ts, t) { return k === ts.length - 1 && t.length >= 3; }

  function options() {
    var o = {};
    if (filterBox) filterBox.querySelectorAll('select').forEach(function (s) { if (s.value) o[s.name] = s.value; });
    return o;
  }
  function filterTokens(o) {
    var t = [];
    if (o.tactic) t.push('~t:' + fold(o.tactic));
    if (o.platform) t.push('~p:' + fold(o.platform));
    return t;
  }

  function prepare(query, o, done) {
    load(['index'], function () {
      if (!manifest) return;
      var ts = terms(query), files = [];
      ts.forEach(function (t, k) { if (!stop[t]) files = files.concat(shardsOf(t, isPrefix(k, ts, t))); });
      filterTokens(o).forEach(function (t) { files = files.concat(shardsOf(t, false)); });
      load(files, done);
    });
  }

  function docSet(token) {
    var p = postingsOf[token] || [], set = {}, d = 0;
    for (var i = 0; i < p.length; i += 2) { d += p[i]; set[d] = true; }
    return set;
  }

  // Ranked document numbers. Needs prepare() first.
  function rank(query, o) {
    var ts = terms(query), n = manifest.n, score = {}, hits = {}, used = 0;
    ts.forEach(function (term, k) {
      if (stop[term]) return; // too common to say anything
      used++;
      var best = {}, matches = [], exact = postingsOf[term];
      if (exact) matches.push([exact, 1]);
      if (isPrefix(k, ts, term))
        Object.keys(postingsOf).forEach(function (t) { if (t !== term && t.indexOf(term) === 0) matches.push([postingsOf[t], 0.5]); });
      matches.forEach(function (m) {
        var p = m[0], df = p.length / 2, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)), d = 0;
        for (var i = 0; i < p.length; i += 2) {
          d += p[i];
          var v = p[i + 1], s = idf * (v >> 3) / 100 * m[1];
          if (m[1] === 1 && (v & 4)) s += 1000; else if (v & 2) s += 20 * m[1];
          if (!(best[d] >= s)) best[d] = s;
        }
      });
      Object.keys(best).forEach(function (d) { score[d] = (score[d] || 0) + best[d]; hits[d] = (hits[d] || 0) + 1; });
    });
    if (!used) return [];
    var range = null;
    manifest.kinds.forEach(function (r) { if (o.kind ? r[0] === o.kind : r[0] === 'rule') range = r; });
    var sets = filterTokens(o).map(docSet);
    var out = Object.keys(score).map(Number).filter(function (d) {
      // Lint rules only when asked for: by the kind filter, or by their whole code (AKB2003).
      var inRange = range && d >= range[1] && d < range[2];
      if (o.kind ? !inRange : inRange && score[d] < 1000) return false;
      return sets.every(function (s) { return s[d]; });
    });
    out.sort(function (a, b) { return hits[b] - hits[a] || score[b] - score[a] || a - b; });
    return out;
  }

  function withDocs(list, done) {
    load(list.map(function (d) { return 'd' + floor(manifest.groups, d); }), done);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // The words of text that start with a query term, marked, around the first one; DOM text nodes only.
  function snippet(doc, ts) {
    var text = (doc.x || []).concat(doc.h || []).join(' \u2026 ').replace(/\s+/g, ' ');
    // A compound (certutil.exe) is marked whole for a compound term, else each word of it that a term starts.
    var found = [], m, re = new RegExp(wordRe.source, 'gu'), part = /[\p{L}\p{N}]+/gu, p;
    function starts(w, compound) {
      return ts.some(function (t) { return /[._-]/.test(t) === compound && w.indexOf(t) === 0; });
    }
    while ((m = re.exec(text))) {
      if (starts(fold(m[0]), true)) { found.push([m.index, m.index + m[0].length]); continue; }
      while ((p = part.exec(m[0]))) if (starts(fold(p[0]), false)) found.push([m.index + p.index, m.index + p.index + p[0].length]);
    }
    if (!found.length) return null;
    var start = Math.max(0, found[0][0] - 60), end = Math.min(text.length, start + 220);
    var span = el('span', 'snippet'), at = start;
    if (start > 0) span.appendChild(document.createTextNode('\u2026'));
    found.forEach(function (f) {
      if (f[0] < at || f[1] > end) return;
      span.appendChild(document.createTextNode(text.slice(at, f[0])));
      span.appendChild(el('mark', null, text.slice(f[0], f[1])));
      at = f[1];
    });
    span.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? '\u2026' : '')));
    return span;
  }

  function item(n, ts, withSnippet) {
    var doc = docs[n], li = el('li'), a = el('a'), anchor = null;
    if (!doc) return li;
    (doc.a || []).forEach(function (id) { if (ts.length === 1 && fold(id) === ts[0]) anchor = id; });
    a.href = root + doc.u + (anchor ? '#' + anchor : '');
    a.appendChild(el('span', 'kind', label[doc.k] || doc.k));
    a.appendChild(document.createTextNode(' '));
    a.appendChild(el('span', 'id', anchor || (doc.k === 'sigma' ? 'Sigma' : doc.i)));
    a.appendChild(document.createTextNode(' '));
    a.appendChild(el('span', 'name', (anchor ? 'analytic of ' + doc.i + ' ' : '') + doc.n));
    if (doc.t && doc.t.length) {
      a.appendChild(document.createTextNode(' '));
      a.appendChild(el('span', 'tactic', doc.t.join(', ')));
    }
    li.appendChild(a);
    var s = withSnippet && snippet(doc, ts);
    if (s) li.appendChild(s);
    return li;
  }

  function clear(list) { while (list.firstChild) list.removeChild(list.firstChild); }

  // Ranks (the shards are loaded) and renders once the results' documents are. The time spent doing so, without the
  // wait for document files, is recorded as the performance measure 'attackkb-search-render' (browser tests read it).
  function show(list, query, o, shown, withSnippet, tail) {
    var pf = window.performance, t0 = pf.now(), ranked = rank(query, o), ts = terms(query);
    var top = ranked.slice(0, shown), spent = pf.now() - t0;
    withDocs(top, function () {
      var t1 = pf.now();
      clear(list);
      top.forEach(function (n) { list.appendChild(item(n, ts, withSnippet)); });
      if (!top.length) list.appendChild(el('li', 'empty', 'No match'));
      if (tail) tail(list, ranked);
      pf.measure('attackkb-search-render', { start: t0, duration: spent + pf.now() - t1 });
    });
  }

  function pageUrl(q) { return root + 'search.html?q=' + encodeURIComponent(q); }

  function update() {
    var q = input.value;
    if (!q.trim()) { box.hidden = true; return; }
    prepare(q, {}, function () {
      if (input.value !== q) return;
      show(box, q, {}, 8, false, function (list, ranked) {
        var li = el('li', 'all'), a = el('a', null, 'See all ' + ranked.length + ' results');
        a.href = pageUrl(q);
        li.appendChild(a);
        list.appendChild(li);
        box.hidden = false;
      });
    });
  }

  // Arrow keys move between the links of a list (and back to the box above the first); Enter opens one.
  function keys(list, back) {
    list.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a')), i = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1] : back).focus(); }
      if (e.key === 'Escape' && list === box) { box.hidden = true; input.focus(); }
    });
  }

  if (input && box && !pageList) {
    input.addEventListener('input', update);
    input.addEventListener('focus', function () { load(['index'], function () {}); if (input.value.trim()) update(); });
    input.addEventListener('keydown', function (e) {
      var first = box.querySelector('a');
      if (e.key === 'Escape') box.hidden = true;
      if (e.key === 'ArrowDown' && first && !box.hidden) { e.preventDefault(); first.focus(); }
    });
    keys(box, input);
    document.addEventListener('click', function (e) { if (!box.contains(e.target) && e.target !== input) box.hidden = true; });
  }

  function param(name) {
    var m = new RegExp('[?&]' + name + '=([^&]*)').exec(window.location.search);
    try { return m ? decodeURIComponent(m[1].replace(/\+/g, ' ')) : ''; } catch (err) { return ''; }
  }

  function filterSelect(name, title, values, labels) {
    var s = el('select'), l = el('label', null, title + ' ');
    s.name = name;
    s.appendChild(el('option', null, 'any')).value = '';
    values.forEach(function (v, i) { s.appendChild(el('option', null, labels ? labels[i] : v)).value = v; });
    s.value = param(name);
    s.addEventListener('change', runPage);
    l.appendChild(s);
    filterBox.appendChild(l);
  }

  var shownOnPage = 10;
  function runPage() {
    var q = input ? input.value : '';
    if (!q.trim()) return;
    var o = options(), url = 'search.html?q=' + encodeURIComponent(q);
    Object.keys(o).forEach(function (k) { url += '&' + k + '=' + encodeURIComponent(o[k]); });
    if (window.history && window.history.replaceState && location.protocol !== 'file:') history.replaceState(null, '', url);
    prepare(q, o, function () {
      show(pageList, q, o, shownOnPage, true, function (list, ranked) {
        pageList.setAttribute('data-count', String(ranked.length));
        if (ranked.length <= shownOnPage) return;
        var li = el('li', 'more'), b = el('button', null, 'More results (' + (ranked.length - shownOnPage) + ')');
        b.type = 'button';
        b.addEventListener('click', function () { shownOnPage += 20; runPage(); });
        li.appendChild(b);
        list.appendChild(li);
      });
    });
  }

  if (pageList) {
    if (input) {
      input.value = param('q');
      input.addEventListener('input', function () { shownOnPage = 10; runPage(); });
      input.addEventListener('keydown', function (e) {
        var first = pageList.querySelector('a');
        if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
      });
    }
    keys(pageList, input);
    load(['index'], function () {
      if (filterBox && manifest) {
        var kinds = manifest.kinds.map(function (k) { return k[0]; });
        filterSelect('kind', 'Kind', kinds, kinds.map(function (k) { return label[k] || k; }));
        if (manifest.tactics.length) filterSelect('tactic', 'Tactic', manifest.tactics);
        if (manifest.platforms.length) filterSelect('platform', 'Platform', manifest.platforms);
      }
      runPage();
    });
  }

  // For the relevance cases (tests run this very file under node with the generated shards).
  window.AKB_S.api = { terms: terms, rank: rank, prepare: prepare, docs: docs, withDocs: withDocs };
})();
