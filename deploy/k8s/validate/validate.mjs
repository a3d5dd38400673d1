// Validates every object `kubectl kustomize deploy/k8s` renders (read from stdin) against the Kubernetes API
// JSON schemas shipped by the kubernetes-models package: what `kubectl apply --dry-run=client` checks, offline.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const documents = yaml.loadAll(readFileSync(0, "utf8")).filter(Boolean);
let failures = 0;
for (const object of documents) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const module = group === "" ? `kubernetes-models/${version}` : `kubernetes-models/${group}/${version}`;
  const name = `${object.kind}/${object.metadata?.name}`;
  try {
    const models = await import(module);
    const Model = models[object.kind];
    if (!Model) throw new Error(`no schema for ${object.kind} in ${object.apiVersion}`);
    new Model(object).validate();
    console.log(`ok      ${name}`);
  } catch (error) {
    failures++;
    console.log(`INVALID ${name}: ${error.message}`);
  }
}
console.log(`${documents.length - failures} valid, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
