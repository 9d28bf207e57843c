import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { findRepoRoot } from '../config/repo-root.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import type { Answer } from '../../test/answer.js';

// deploy/kubernetes cannot be applied here (no cluster). Every manifest is parsed, every built-in kind
// is validated against the Kubernetes 1.27 schemas (kubernetes-models), and what ties the objects to
// each other and to the app is checked: probes, ports, selectors, secrets, the migration tool.

const root = findRepoRoot(process.cwd());
const manifests = path.join(root, 'deploy/kubernetes');

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: Answer;
  data?: Record<string, string>;
  resources?: string[];
  [key: string]: Answer[string];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(path.join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [path.join(dir, entry.name)] : [],
  );
}

function load(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${path.relative(root, file)}: ${doc.errors[0]!.message}`);
    return { ...(doc.toJS() as Manifest), file: path.relative(manifests, file) };
  });
}

const all = yamlFiles(manifests).flatMap(load);
const objects = all.filter((m) => m.kind !== 'Kustomization');
const one = (kind: string, name?: string) => {
  const found = objects.filter((m) => m.kind === kind && (!name || m.metadata.name === name));
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** kubernetes-models' class for a built-in apiVersion and kind, or undefined for a custom resource. */
async function modelOf(apiVersion: string, kind: string): Promise<(new (data: object) => { validate(): void }) | undefined> {
  const modulePath = `kubernetes-models/${apiVersion}`;
  try {
    const module = (await import(modulePath)) as Record<string, new (data: object) => { validate(): void }>;
    return module[kind];
  } catch {
    return undefined;
  }
}

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  it('parse, and the kustomizations name every manifest file, and only files that exist', () => {
    const listed = new Set<string>();
    for (const kustomization of all.filter((m) => m.kind === 'Kustomization')) {
      for (const resource of kustomization.resources ?? []) {
        const target = path.join(path.dirname(kustomization.file), resource);
        expect([kustomization.file, resource, existsSync(path.join(manifests, target))]).toEqual([kustomization.file, resource, true]);
        if (target.endsWith('.yaml')) listed.add(target);
      }
    }
    expect([...listed].sort()).toEqual([...new Set(objects.map((m) => m.file))].sort());
  });

  it('validate against the Kubernetes schemas, every built-in kind', async () => {
    const custom: string[] = [];
    for (const manifest of objects) {
      const { file, ...data } = manifest;
      const Model = await modelOf(manifest.apiVersion, manifest.kind);
      if (!Model) {
        custom.push(`${manifest.apiVersion} ${manifest.kind}`);
        continue;
      }
      expect(() => new Model(data).validate()).not.toThrow();
      // A wrong type is caught, so the validation does run (not a model that accepts anything).
      if (manifest.kind === 'Deployment')
        expect(() => new Model({ ...data, spec: { ...data.spec, replicas: 'two' } }).validate()).toThrow(/replicas/);
      expect(file).toMatch(/\.yaml$/);
    }
    // Only CloudNativePG's resources are custom (checked below).
    expect(new Set(custom)).toEqual(new Set(['postgresql.cnpg.io/v1 Cluster', 'postgresql.cnpg.io/v1 ScheduledBackup']));
  });

  it('run the API as at least two non-root, read-only pods with resources, and keep them through disruptions', () => {
    const deployment = one('Deployment', 'tvaers-api');
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(pod.automountServiceAccountToken).toBe(false);
    const [api] = pod.containers;
    expect(api.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(api.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    const selector = deployment.spec.selector.matchLabels;
    expect(deployment.spec.template.metadata.labels).toMatchObject(selector);
    expect(one('PodDisruptionBudget').spec).toMatchObject({ minAvailable: 1, selector: { matchLabels: selector } });
    expect(one('HorizontalPodAutoscaler').spec).toMatchObject({
      scaleTargetRef: { kind: 'Deployment', name: 'tvaers-api' },
      minReplicas: deployment.spec.replicas,
    });
    expect(one('NetworkPolicy').spec.podSelector.matchLabels).toEqual(selector);
    expect(one('Service').spec.selector).toEqual(selector);
    // Drain + request timeout fit in the grace period (graceful shutdown, issue 17).
    const config = one('ConfigMap', 'tvaers-api').data!;
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(
      Number(config['SHUTDOWN_DRAIN_SECONDS']) + Number(config['SHUTDOWN_TIMEOUT_SECONDS']),
    );
  });

  it('start the API with the Node flags of npm start, as the Dockerfile does', async () => {
    const { startNodeFlags } = (await import(path.join(root, 'scripts/start-flags.mjs'))) as { startNodeFlags(): string[] };
    const command = ['node', ...startNodeFlags(), 'dist/api/apps/api/src/main.js'];
    expect(command.length).toBeGreaterThan(2);
    expect(one('Deployment', 'tvaers-api').spec.template.spec.containers[0].args).toEqual(command);
    const dockerfile = readFileSync(path.join(root, 'docker/app.Dockerfile'), 'utf8');
    expect(JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]')).toEqual(command);
  });

  it('take every secret by reference, never as a value', () => {
    const text = all.map((m) => JSON.stringify(m)).join('\n');
    expect(text).not.toMatch(/password:|postgres:\/\/[^"]*@|BEGIN [A-Z ]*PRIVATE KEY/i);
    expect(objects.some((m) => m.kind === 'Secret')).toBe(false);
    const env = one('Deployment', 'tvaers-api').spec.template.spec.containers[0].env as {
      name: string;
      value?: string;
      valueFrom?: { secretKeyRef?: object };
    }[];
    for (const name of ['DATABASE_URL', 'TOKEN_SECRET', 'AUDIT_SIGNING_KEY', 'OIDC_CLIENT_SECRET', 'SMTP_URL', 'METRICS_TOKEN']) {
      expect([name, env.find((e) => e.name === name)?.valueFrom?.secretKeyRef]).toEqual([name, expect.any(Object)]);
    }
    expect(env.filter((e) => e.value !== undefined)).toEqual([]);
  });

  it('migrate with a Job that runs the built migration tool on the same image', () => {
    const job = one('Job', 'tvaers-migrate');
    const [container] = job.spec.template.spec.containers;
    expect(container.image).toBe(one('Deployment').spec.template.spec.containers[0].image);
    expect(container.args.at(-1)).toBe('dist/api/apps/api/src/tools/migrate.js');
    expect(existsSync(path.join(root, 'apps/api/src/tools/migrate.ts'))).toBe(true);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('recommend CloudNativePG: three instances, a synchronous standby, scheduled backups to object storage', () => {
    const cluster = one('Cluster', 'tvaers-db');
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.postgresql.synchronous).toMatchObject({ number: 1, dataDurability: 'required' });
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:\/\//);
    expect(cluster.spec.backup.barmanObjectStore.s3Credentials.secretAccessKey).toEqual({
      name: expect.any(String),
      key: expect.any(String),
    });
    expect(one('ScheduledBackup').spec.cluster.name).toBe('tvaers-db');
  });

  describe('probes against the app', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp();
    });
    afterAll(() => app.close());

    it('point at routes that answer 200, on the port the container listens on', async () => {
      const container = one('Deployment', 'tvaers-api').spec.template.spec.containers[0];
      const port = container.ports.find((p: { name: string }) => p.name === 'http');
      expect(String(port.containerPort)).toBe(one('ConfigMap', 'tvaers-api').data!['PORT']);
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const { path: route, port: probePort } = container[probe].httpGet as { path: string; port: string };
        expect([probe, probePort]).toEqual([probe, 'http']);
        expect(app.routes).toContain(`GET ${route}`);
        expect([probe, (await fetch(`${app.baseUrl}${route}`)).status]).toEqual([probe, 200]);
      }
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.livenessProbe.httpGet.path).toBe('/health/live');
    });
  });
});
