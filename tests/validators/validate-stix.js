// Judges every object of a STIX 2.1 bundle with the field's own validators and prints one JSON report:
//   - the OASIS STIX 2.1 JSON schemas (draft 2020-12) with ajv in 2020 mode;
//   - MITRE's @mitre-attack/attack-data-model per-type schemas, for the types it models. Its CommonJS build is loaded:
//     the ESM entry throws at import with the zod version npm resolves. stixBundleSchema is not used: its union lacks
//     relationship and marking-definition, so it cannot judge a real bundle.
// Usage: node validate-stix.js <bundle.json> <stix2-json-schemas dir>
// Output: {"objects": n, "oasisErrors": n, "admErrors": n,
//          "results": [{"type", "id", "oasisSchema", "oasis": [{"path", "message"}], "adm": [{"path", "message"}] | null}]}
// (adm is null for types the data model does not know, e.g. indicator.) Exits 0 after judging; the caller decides.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const adm = require("@mitre-attack/attack-data-model/dist/index.cjs");

const [bundlePath, schemaDir] = process.argv.slice(2);
if (!bundlePath || !schemaDir) {
  process.stderr.write("usage: node validate-stix.js <bundle.json> <stix2-json-schemas dir>\n");
  process.exit(2);
}

// ---- OASIS ----------------------------------------------------------------------------------------------------------
// unicodeRegExp off: the OASIS schemas use escapes such as "\-" that unicode-mode regular expressions reject.
const ajv = new Ajv2020({ logger: false, strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
for (const sub of ["common", "sdos", "sros", "observables"]) {
  const dir = path.join(schemaDir, sub);
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort())
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
}
const base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
if (!ajv.getSchema(`${base}common/core.json`)) {
  process.stderr.write(`no OASIS schemas under ${schemaDir}\n`);
  process.exit(2);
}
function oasisSchemaFor(type) {
  for (const sub of ["sdos", "sros"]) if (ajv.getSchema(`${base}${sub}/${type}.json`)) return `${base}${sub}/${type}.json`;
  if (type === "marking-definition") return `${base}common/marking-definition.json`;
  return `${base}common/core.json`; // custom objects (x-mitre-*): the common core rules
}

// ---- ATT&CK data model ------------------------------------------------------------------------------------------------
const admSchemas = {
  "attack-pattern": adm.techniqueSchema,
  "x-mitre-tactic": adm.tacticSchema,
  "x-mitre-detection-strategy": adm.detectionStrategySchema,
  "x-mitre-analytic": adm.analyticSchema,
  "x-mitre-data-component": adm.dataComponentSchema,
  "x-mitre-collection": adm.collectionSchema,
  relationship: adm.relationshipSchema,
  identity: adm.identitySchema,
  "marking-definition": adm.markingDefinitionSchema,
};

// ---- judge ---------------------------------------------------------------------------------------------------------
const bundle = JSON.parse(fs.readFileSync(bundlePath, "utf8"));
const results = [];
// The bundle wrapper is checked by shape (its schema's anyOf over all object types reports noise for custom types).
if (bundle.type !== "bundle" || !/^bundle--[0-9a-f-]{36}$/.test(bundle.id || "") || !Array.isArray(bundle.objects))
  results.push({ type: "bundle", id: bundle.id, oasisSchema: "bundle", oasis: [{ path: "", message: "not a bundle with an id and objects" }], adm: null });
for (const o of bundle.objects || []) {
  const schema = oasisSchemaFor(o.type);
  const validate = ajv.getSchema(schema);
  const oasis = validate(o) ? [] : validate.errors.map((e) => ({ path: e.instancePath, message: `${e.message} (${e.schemaPath})` }));
  const admSchema = admSchemas[o.type];
  let admIssues = null;
  if (admSchema) {
    const r = admSchema.safeParse(o);
    admIssues = r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  }
  results.push({ type: o.type, id: o.id, oasisSchema: path.basename(schema), oasis, adm: admIssues });
}
const count = (key) => results.reduce((n, r) => n + (r[key] ? r[key].length : 0), 0);
const report = { objects: (bundle.objects || []).length, oasisErrors: count("oasis"), admErrors: count("adm"), results };
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
