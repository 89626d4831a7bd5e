import { isPublicMember } from '../../../inventory/gcp/iam-policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-bigquery-dataset-not-public',
  title: 'BigQuery datasets are not accessible to allUsers or allAuthenticatedUsers',
  description:
    'A dataset shared with allUsers or allAuthenticatedUsers can be queried by anyone on the internet or anyone with ' +
    'a Google account: every table in it is public data.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['gcp.bigquery.dataset'],
  messages: {
    public: 'BigQuery dataset {{name}} is shared with {{members}}',
  },
  remediation: {
    text: "Remove the allUsers and allAuthenticatedUsers entries from the dataset's access list; share with named groups or authorised views instead.",
    cli: 'bq show --format=prettyjson <project>:<dataset> > ds.json  # remove the public entries from "access", then: bq update --source ds.json <project>:<dataset>',
  },
  references: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam'],
  check(ds, ctx) {
    const entries = need(ds.config, 'access').filter((e) => isPublicMember(e.member));
    if (entries.length === 0) return ctx.pass();
    const members = [...new Set(entries.map((e) => e.member.trim()))].join(' and ');
    return ctx.fail('public', { name: ds.name, members }, { entries });
  },
});
