// Validates one JSON document against one JSON Schema (draft 2020-12) with ajv and prints the errors, one a line.
// Usage: node validate-json.js <schema.json> <document.json>   Exit 0 valid, 1 invalid, 2 usage.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemaPath, documentPath] = process.argv.slice(2);
if (!schemaPath || !documentPath) {
  process.stderr.write("usage: node validate-json.js <schema.json> <document.json>\n");
  process.exit(2);
}
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
if (validate(JSON.parse(fs.readFileSync(documentPath, "utf8")))) process.exit(0);
for (const e of validate.errors) process.stdout.write(`${e.instancePath || "/"} ${e.message}\n`);
process.exit(1);
