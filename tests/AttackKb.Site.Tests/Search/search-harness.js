// Runs the shipped site/assets/search.js under node against a generated site's search/ shards, with just enough of
// a DOM for it: a <script> element "loads" by running the file. Reads queries from argv[3] (one per line, optionally
// "query | kind=rule"), prints one line per query, tab-separated: the query, the top 10 results (kind:ID, space-
// separated), the ranking's milliseconds once the shards are loaded, and the bytes of index files the query loaded
// (manifest, shards and the document groups of the 10 results a search page shows) that earlier queries had not.
'use strict';
const fs = require('fs'), path = require('path'), vm = require('vm');
const site = process.argv[2], queries = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(l => l.trim());
let loaded = 0;
const head = {
  appendChild(s) {
    const file = path.join(site, s.src);
    setImmediate(() => {
      if (!fs.existsSync(file)) { s.onerror(); return; }
      loaded += fs.statSync(file).size;
      vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
      s.onload();
    });
  }
};
globalThis.window = globalThis;
globalThis.document = {
  body: { getAttribute: () => '' },
  head,
  getElementById: () => null,
  createElement: () => ({})
};
vm.runInThisContext(fs.readFileSync(path.join(site, 'assets', 'search.js'), 'utf8'));
const api = window.AKB_S.api;
let out = [];
(function next(i) {
  if (i === queries.length) { process.stdout.write(out.join('\n') + '\n'); return; }
  const [query, filter] = queries[i].split(' | ');
  const o = {};
  (filter || '').split(' ').filter(Boolean).forEach(kv => { const [k, v] = kv.split('='); o[k] = v.replace(/_/g, ' '); });
  loaded = 0;
  api.prepare(query, o, () => {
    const started = process.hrtime.bigint();
    const ranked = api.rank(query, o).slice(0, 10);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    api.withDocs(ranked, () => {
      out.push(queries[i] + '\t' + ranked.map(n => api.docs[n].k + ':' + api.docs[n].i).join(' ') + '\t' + ms.toFixed(1) + '\t' + loaded);
      next(i + 1);
    });
  });
})(0);
