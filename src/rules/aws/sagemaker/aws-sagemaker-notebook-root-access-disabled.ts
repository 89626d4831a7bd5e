import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instances do not give users root access',
  description:
    "Root on a notebook instance lets a user change its software, read other users' files and credentials, and turn off whatever controls run on it. Least privilege means users run as an ordinary user.",
  severity: 'high',
  category: 'compute',
  aspects: ['privilege'],
  assetTypes: ['aws.sagemaker.notebook-instance'],
  messages: {
    root: 'SageMaker notebook instance {{name}} gives its users root access',
  },
  remediation: {
    text: 'Disable root access (stop the notebook, update it, start it again); install software with lifecycle configurations instead.',
    cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <notebook> --root-access Disabled',
    terraform: 'resource "aws_sagemaker_notebook_instance" "this" {\n  # ...\n  root_access = "Disabled"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3',
  ],
  check(d, ctx) {
    if (!need(d.config, 'rootAccess')) return ctx.pass();
    return ctx.fail('root', { name: d.name });
  },
});
