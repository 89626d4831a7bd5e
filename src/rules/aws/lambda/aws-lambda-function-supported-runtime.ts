import { defineRule, need } from '../../api.js';

/**
 * When AWS deprecated each Lambda runtime (no more security patches), from the Lambda developer guide's
 * runtime deprecation table. A runtime not listed here is taken as supported.
 */
export const LAMBDA_RUNTIME_DEPRECATED: Readonly<Record<string, string>> = {
  nodejs: '2016-10-31',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2019-04-30',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'nodejs20.x': '2026-04-30',
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'ruby2.5': '2021-07-30',
  'ruby2.7': '2023-12-07',
  'ruby3.2': '2026-03-31',
  java8: '2024-01-08',
  'go1.x': '2024-01-08',
  provided: '2024-01-08',
  'dotnetcore1.0': '2019-07-30',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'dotnet5.0': '2022-05-10',
  dotnet6: '2024-12-20',
  dotnet7: '2024-05-14',
};

export const rule = defineRule({
  id: 'aws-lambda-function-supported-runtime',
  title: 'Lambda functions use a supported runtime',
  description:
    'Once AWS deprecates a Lambda runtime it no longer receives security patches, and the language ' +
    'version underneath has usually reached end of life as well: functions on it run unpatched code. ' +
    'Container image functions bring their own runtime and are not judged here.',
  severity: 'medium',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.lambda.function'],
  messages: {
    deprecated: 'Lambda function {{name}} uses runtime {{runtime}}, deprecated since {{since}}',
  },
  remediation: {
    text: 'Move the function to a supported runtime version and redeploy it.',
    cli: 'aws lambda update-function-configuration --function-name <name> --runtime nodejs22.x',
    terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  runtime = "nodejs22.x"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2',
  ],
  check(fn, ctx) {
    const runtime = need(fn.config, 'runtime');
    if (runtime === null) return ctx.notApplicable('container image functions bring their own runtime');
    const since = LAMBDA_RUNTIME_DEPRECATED[runtime];
    if (since === undefined || Date.parse(since) > ctx.now.getTime()) return ctx.pass({ runtime });
    return ctx.fail('deprecated', { name: fn.name, runtime, since }, { runtime });
  },
});
