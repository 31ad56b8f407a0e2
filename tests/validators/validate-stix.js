// Validates every object of a STIX 2.1 bundle against the OASIS STIX 2.1 JSON schemas (draft 2020-12) with ajv.
// Usage: node validate-stix.js <bundle.json> <stix2-json-schemas dir>
// Prints {"objects": n, "errors": [{"id", "type", "schema", "errors": [...]}]} and exits 0 (the caller judges).
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [bundlePath, schemaDir] = process.argv.slice(2);
// unicodeRegExp off: the OASIS schemas use escapes such as "\-" that unicode-mode regular expressions reject.
const ajv = new Ajv2020({ logger: false, strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
for (const sub of ["common", "sdos", "sros", "observables"]) {
  const dir = path.join(schemaDir, sub);
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  }
}
const base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
function schemaFor(type) {
  for (const sub of ["sdos", "sros"]) if (ajv.getSchema(`${base}${sub}/${type}.json`)) return `${base}${sub}/${type}.json`;
  if (type === "marking-definition") return `${base}common/marking-definition.json`;
  return `${base}common/core.json`; // custom objects (x-mitre-*): the common core rules
}
const bundle = JSON.parse(fs.readFileSync(bundlePath, "utf8"));
const errors = [];
// The bundle wrapper is checked by shape (its schema's anyOf over all object types reports noise for custom types).
if (bundle.type !== "bundle" || !/^bundle--[0-9a-f-]{36}$/.test(bundle.id || "") || !Array.isArray(bundle.objects))
  errors.push({ id: bundle.id, type: "bundle", schema: "bundle", errors: ["not a bundle with an id and objects"] });
for (const o of bundle.objects || []) {
  const schema = schemaFor(o.type);
  const validate = ajv.getSchema(schema);
  if (!validate(o)) errors.push({ id: o.id, type: o.type, schema: path.basename(schema), errors: validate.errors });
}
process.stdout.write(JSON.stringify({ objects: (bundle.objects || []).length, errors }, null, 1) + "\n");
