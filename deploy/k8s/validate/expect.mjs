// What a rendered install (stdin) must hold beyond schema validity; argv[2] names the entry point
// ("." = embedded model, "overlays/vllm" = GPU inference server). Prints each check; exits 1 on a failure.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const entry = process.argv[2];
const objects = yaml.loadAll(readFileSync(0, "utf8")).filter(Boolean);
// By name; a generated object's name carries a 10-character content hash.
const find = (kind, name) => objects.find((o) => o.kind === kind
  && (o.metadata.name === name || new RegExp(`^${name}-[a-z0-9]{10}$`).test(o.metadata.name)));
const container = (deployment, name) => deployment?.spec.template.spec.containers.find((c) => c.name === name);
const env = (c, name) => c?.env?.find((e) => e.name === name);
const configMap = find("ConfigMap", "yoyak");
const secret = find("Secret", "yoyak");
const yoyak = container(find("Deployment", "yoyak"), "yoyak");
const redis = container(find("Deployment", "yoyak-redis"), "redis");
const admitsOnlyYoyak = (policy, port) => policy?.spec.policyTypes.includes("Ingress")
  && policy.spec.ingress.length === 1
  && policy.spec.ingress[0].from.every((f) => f.podSelector?.matchLabels["app.kubernetes.io/name"] === "yoyak"
    && !f.namespaceSelector && !f.ipBlock)
  && policy.spec.ingress[0].ports.every((p) => p.port === port);

const checks = {
  "Secret generated from the operator's files (name with content hash)": /^yoyak-[a-z0-9]{10}$/.test(secret?.metadata.name),
  "yoyak reads API keys from the Secret's file": configMap.data.YOYAK_API_KEYS_FILE === "/etc/yoyak/secrets/api-keys"
    && find("Deployment", "yoyak").spec.template.spec.volumes.some((v) => v.secret?.secretName === secret.metadata.name),
  "Redis requires the Secret's password": redis.command.join(" ").includes('--requirepass "$REDIS_PASSWORD"')
    && env(redis, "REDIS_PASSWORD").valueFrom.secretKeyRef.name === secret.metadata.name,
  "yoyak's Redis client sends it": env(yoyak, "QUARKUS_REDIS_PASSWORD")?.valueFrom.secretKeyRef.key === "redis-password",
  "NetworkPolicy: only yoyak's pods reach Redis": admitsOnlyYoyak(find("NetworkPolicy", "yoyak-redis"), 6379),
  "yoyak has startup, liveness and readiness probes": ["startupProbe", "livenessProbe", "readinessProbe"]
    .every((p) => yoyak[p]?.httpGet?.path?.startsWith("/q/health/")),
  "HPA and PodDisruptionBudget for yoyak": find("HorizontalPodAutoscaler", "yoyak")?.spec.scaleTargetRef.name === "yoyak"
    && find("PodDisruptionBudget", "yoyak")?.spec.selector.matchLabels["app.kubernetes.io/name"] === "yoyak",
};
if (entry === "overlays/vllm") {
  const server = container(find("Deployment", "yoyak-vllm"), "vllm");
  const pod = find("Deployment", "yoyak").spec.template.spec;
  Object.assign(checks, {
    "inference server asks for a GPU": server?.resources.limits["nvidia.com/gpu"] === 1,
    "inference server on GPU nodes (selector and toleration)": find("Deployment", "yoyak-vllm").spec.template.spec
      .tolerations.some((t) => t.key === "nvidia.com/gpu") && Object.keys(find("Deployment", "yoyak-vllm").spec
      .template.spec.nodeSelector).length > 0,
    "yoyak points at it (provider openai, base URL of its Service)": configMap.data.YOYAK_PROVIDER === "openai"
      && configMap.data.QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL === "http://yoyak-vllm:8000/v1",
    "one setting names the model for both": env(yoyak, "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME")
      ?.valueFrom.configMapKeyRef.name === env(server, "MODEL")?.valueFrom.configMapKeyRef.name,
    "one key for both": env(yoyak, "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY")?.valueFrom.secretKeyRef.key
      === env(server, "VLLM_API_KEY")?.valueFrom.secretKeyRef.key,
    "no model volume for yoyak": !pod.volumes.some((v) => v.persistentVolumeClaim)
      && !find("PersistentVolumeClaim", "yoyak-models") && !configMap.data.YOYAK_MODEL_DIR,
    "yoyak starts only after the server's /health": pod.initContainers?.some((c) => c.command.join(" ")
      .includes("/dev/tcp/yoyak-vllm/8000")),
    "NetworkPolicy: only yoyak's pods reach the inference server": admitsOnlyYoyak(find("NetworkPolicy", "yoyak-vllm"), 8000),
  });
} else {
  Object.assign(checks, {
    "embedded model on the shared volume": configMap.data.YOYAK_PROVIDER === "embedded"
      && find("PersistentVolumeClaim", "yoyak-models") !== undefined,
  });
}
let failures = 0;
for (const [name, ok] of Object.entries(checks)) {
  if (!ok) failures++;
  console.log(`${ok ? "ok     " : "FAILED "} ${name}`);
}
process.exit(failures === 0 ? 0 : 1);
