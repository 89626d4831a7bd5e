import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ORG_UID, secureContainer } from '../testing/fixtures.js';
import { rule } from './gcp-essentialcontacts-organization-contacts-configured.js';

const ORG = 'organizations/777';
const org = assetOf('gcp.resourcemanager.organization', secureContainer, {
  name: 'acme.example',
  account: ORG,
  region: 'global',
  uid: ORG_UID,
});
let n = 0;
const contact = (categories: string[] | ReturnType<typeof unknown>, validationState = 'VALID') =>
  assetOf(
    'gcp.essentialcontacts.contact',
    { email: 'security@acme.example', notificationCategorySubscriptions: categories, validationState },
    {
      name: 'security@acme.example',
      account: ORG,
      region: 'global',
      uid: `//essentialcontacts.googleapis.com/${ORG}/contacts/${++n}`,
    },
  );

runRuleTests(rule, {
  valid: [
    { name: 'one contact for ALL', asset: org, related: [contact(['ALL'])] },
    {
      name: 'the categories spread over contacts',
      asset: org,
      related: [contact(['SECURITY', 'TECHNICAL_INCIDENTS']), contact(['LEGAL', 'SUSPENSION', 'TECHNICAL'])],
    },
  ],
  invalid: [
    {
      name: 'no contacts (collected completely)',
      asset: org,
      complete: ['gcp.essentialcontacts.contact'],
      messageId: 'none',
      message: 'Organisation acme.example has no Essential Contacts',
    },
    {
      name: 'billing and security only',
      asset: org,
      related: [contact(['BILLING', 'SECURITY'])],
      messageId: 'missing',
      message:
        'Organisation acme.example has no Essential Contact for LEGAL, SUSPENSION, TECHNICAL, TECHNICAL_INCIDENTS',
    },
    {
      name: 'the only ALL contact bounced',
      asset: org,
      related: [contact(['ALL'], 'INVALID')],
      messageId: 'none',
    },
  ],
  unknown: [
    {
      name: 'no contact seen, contacts not known to be collected completely',
      asset: org,
      field: 'essential contacts',
    },
    {
      name: 'categories could not be read',
      asset: org,
      related: [contact(unknown('permission denied'))],
      field: 'notificationCategorySubscriptions',
    },
  ],
});
