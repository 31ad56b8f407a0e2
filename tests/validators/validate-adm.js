// Validates the ATT&CK-specific objects of a bundle with MITRE's @mitre-attack/attack-data-model per-type schemas.
// (Its CommonJS build: the ESM entry throws with the zod npm resolves. stixBundleSchema cannot check a real bundle.)
// Usage: node validate-adm.js <bundle.json>  → {"checked": n, "errors": [{"id", "type", "issues": [{"path", "message"}]}]}
"use strict";
const fs = require("fs");
const adm = require("@mitre-attack/attack-data-model/dist/index.cjs");

const schemas = {
  "attack-pattern": adm.techniqueSchema,
  "x-mitre-tactic": adm.tacticSchema,
  "x-mitre-detection-strategy": adm.detectionStrategySchema,
  "x-mitre-analytic": adm.analyticSchema,
  "x-mitre-collection": adm.collectionSchema,
  "relationship": adm.relationshipSchema,
  "identity": adm.identitySchema,
  "marking-definition": adm.markingDefinitionSchema,
};
const bundle = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const errors = [];
let checked = 0;
for (const o of bundle.objects) {
  const schema = schemas[o.type];
  if (!schema) continue;
  checked++;
  const result = schema.safeParse(o);
  if (!result.success)
    errors.push({ id: o.id, type: o.type, issues: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
}
process.stdout.write(JSON.stringify({ checked, errors }, null, 1) + "\n");
