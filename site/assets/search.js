// AttackKb search. The index (search-index.js, built from the model at generation time) is a script assigning
// window.AKB_SEARCH, loaded on first use with a <script> element: works from file:// and any static host, no fetch,
// no network. Exact IDs rank first (t1553.004, T1553/004, t1553_004, DET0056, DC0063), then names, then keywords.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('q');
  var box = document.getElementById('search-results');
  var pageList = document.getElementById('search-page-results');
  var waiting = [];
  var kindRank = { technique: 0, detection: 1, sigma: 2, strategy: 3, test: 5, component: 6, tactic: 7, rule: 8, mitigation: 4, group: 4, software: 4, campaign: 4, asset: 4 };
  var kindLabel = { technique: 'technique', detection: 'detection', sigma: 'sigma', strategy: 'ATT&CK DET', test: 'atomic', component: 'data comp.', tactic: 'tactic', rule: 'lint rule', mitigation: 'mitigation', group: 'group', software: 'software', campaign: 'campaign', asset: 'asset' };

  function loadIndex(done) {
    if (window.AKB_SEARCH) { done(); return; }
    waiting.push(done);
    if (waiting.length > 1) return;
    var s = document.createElement('script');
    s.src = root + 'search-index.js';
    s.onload = function () { var w = waiting; waiting = []; w.forEach(function (f) { f(); }); };
    document.head.appendChild(s);
  }

  // t1553/004, T1553_004 → T1553.004; anything else upper-cased for ID comparison.
  function normalizeId(q) {
    var m = /^t(\d{4})(?:[._\/](\d{3}))?$/i.exec(q);
    if (m) return 'T' + m[1] + (m[2] ? '.' + m[2] : '');
    return q.toUpperCase();
  }

  // Same function as SearchIndex.DefaultUrl in the generator: rows leave the url empty when it is this.
  var prefix = { technique: 'techniques/', detection: 'detections/', sigma: 'detections/sigma/', strategy: 'attack/', component: 'data-components/', tactic: 'tactics/', test: 'tests/', mitigation: 'mitigations/', group: 'groups/', software: 'software/', campaign: 'campaigns/', asset: 'assets/' };
  function defaultUrl(kind, id) {
    if (kind === 'rule') return 'rules.html#' + id;
    return prefix[kind] ? prefix[kind] + id + '.html' : '';
  }

  // A hit: the row, and the exact ID it matched among the keywords (an analytic of a strategy), if any.
  function score(row, q, qid, words, hit) {
    var id = row[0].toUpperCase(), name = row[1].toLowerCase(), text = (row[4] || '').toLowerCase();
    if (id === qid) return 1000;
    if (row[2] === 'strategy' && /^AN\d+$/.test(qid) && (' ' + row[4] + ' ').indexOf(' ' + qid + ' ') >= 0) { hit.anchor = qid; return 900; }
    if (qid.length >= 3 && id.indexOf(qid) === 0) return 700 - (id.length - qid.length);
    if (name === q) return 600;
    var inName = 0, inText = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (name.indexOf(w) >= 0) inName++;
      else if (text.indexOf(w) >= 0 || id.toLowerCase().indexOf(w) >= 0) inText++;
      else return 0;
    }
    return (name.indexOf(q) >= 0 ? 400 : 200) + 20 * inName + 5 * inText - Math.min(name.length, 100) / 100;
  }

  function search(query, limit) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var qid = normalizeId(q), words = q.split(/\s+/), rows = window.AKB_SEARCH.rows, hits = [];
    for (var i = 0; i < rows.length; i++) {
      var hit = { r: rows[i], anchor: null };
      hit.s = score(rows[i], q, qid, words, hit);
      if (hit.s > 0) hits.push(hit);
    }
    hits.sort(function (a, b) {
      return b.s - a.s || (kindRank[a.r[2]] - kindRank[b.r[2]]) || (a.r[0] < b.r[0] ? -1 : a.r[0] > b.r[0] ? 1 : 0);
    });
    return hits.slice(0, limit);
  }

  function item(hit) {
    var row = hit.r;
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = root + (row[3] || defaultUrl(row[2], row[0])) + (hit.anchor ? '#' + hit.anchor : '');
    var kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = kindLabel[row[2]] || row[2];
    var id = document.createElement('span');
    id.className = 'id';
    id.textContent = hit.anchor || row[0];
    a.appendChild(kind);
    a.appendChild(id);
    a.appendChild(document.createTextNode(' ' + (hit.anchor ? 'analytic of ' + row[0] + ' ' : '') + row[1]));
    li.appendChild(a);
    return li;
  }

  function show(list, hits, emptyText) {
    while (list.firstChild) list.removeChild(list.firstChild);
    hits.forEach(function (h) { list.appendChild(item(h)); });
    if (!hits.length && emptyText) {
      var li = document.createElement('li');
      li.className = 'empty';
      li.textContent = emptyText;
      list.appendChild(li);
    }
  }

  function update() {
    var q = input.value;
    if (!q.trim()) { box.hidden = true; return; }
    loadIndex(function () {
      if (input.value !== q) return;
      show(box, search(q, 12), 'No match');
      box.hidden = false;
    });
  }

  if (input && box) {
    input.addEventListener('input', update);
    input.addEventListener('focus', function () { loadIndex(function () {}); if (input.value.trim()) update(); });
    input.addEventListener('keydown', function (e) {
      var links = box.querySelectorAll('a');
      if (e.key === 'Escape') { box.hidden = true; return; }
      if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[0].focus(); }
    });
    box.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(box.querySelectorAll('a'));
      var i = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
      if (e.key === 'Escape') { box.hidden = true; input.focus(); }
    });
    document.addEventListener('click', function (e) { if (!box.contains(e.target) && e.target !== input) box.hidden = true; });
  }

  if (pageList) {
    var m = /[?&]q=([^&]*)/.exec(window.location.search);
    var query = '';
    try { query = m ? decodeURIComponent(m[1].replace(/\+/g, ' ')) : ''; } catch (err) { query = ''; }
    if (input) input.value = query;
    if (query.trim()) loadIndex(function () { show(pageList, search(query, 100), 'No match for this search.'); });
  }
})();
