import { defineRule, need } from '../../api.js';
import { EKS_VERSIONS_CHECKED, supportPhase } from './versions.js';

export const rule = defineRule({
  id: 'aws-eks-cluster-supported-version',
  title: 'EKS clusters run a supported Kubernetes version',
  description:
    'A Kubernetes version past the end of EKS extended support gets no security patches, and EKS upgrades ' +
    'such clusters on its own schedule, which can break workloads. The rule judges the version against the ' +
    `EKS version calendar built into Parapet (checked ${EKS_VERSIONS_CHECKED}) on the scan's date (\`--at\`); a ` +
    'version in extended support passes, with its end date in the evidence.',
  severity: 'high',
  category: 'kubernetes',
  aspects: ['resilience'],
  assetTypes: ['aws.eks.cluster'],
  messages: {
    ended: 'EKS cluster {{name}} runs Kubernetes {{version}}, whose EKS support ended{{ended}}',
  },
  remediation: {
    text: 'Upgrade the control plane one minor version at a time to a version in standard support, then the node groups and add-ons.',
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
    terraform: 'resource "aws_eks_cluster" "this" {\n  # ...\n  version = "1.34"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-2',
  ],
  check(cluster, ctx) {
    const version = need(cluster.config, 'version');
    const at = supportPhase(version, ctx.now);
    if (at === undefined)
      return ctx.unknown('version', `"${version}" is not a Kubernetes major.minor version`);
    const evidence = { version, phase: at.phase, calendarChecked: EKS_VERSIONS_CHECKED, ...(at.entry ?? {}) };
    if (at.phase === 'ended') {
      const ended = at.entry === undefined ? '' : ` on ${at.entry.extendedEnds}`;
      return ctx.fail('ended', { name: cluster.name, version, ended }, evidence);
    }
    if (at.phase === 'extended')
      return ctx.pass(
        evidence,
        `Kubernetes ${version} is in EKS extended support until ${at.entry!.extendedEnds}`,
      );
    if (at.phase === 'newer-than-table')
      return ctx.pass(
        evidence,
        `Kubernetes ${version} is newer than the EKS calendar checked on ${EKS_VERSIONS_CHECKED}`,
      );
    return ctx.pass(evidence);
  },
});
