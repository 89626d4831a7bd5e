/** CIS GCP 5.0 1.17: Essential Contacts are configured for the organisation. */
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../api.js';

/** The notification categories CIS asks to route to someone (`ALL` covers each). */
export const REQUIRED_CATEGORIES = ['LEGAL', 'SECURITY', 'SUSPENSION', 'TECHNICAL', 'TECHNICAL_INCIDENTS'];

export const rule = defineRule({
  id: 'gcp-essentialcontacts-organization-contacts-configured',
  title: 'Essential Contacts receive the organisation’s security, legal, suspension and technical notices',
  description:
    'Google sends notices of security incidents, suspensions, legal matters and outages to the Essential ' +
    'Contacts of the organisation. Without them the notices go to whoever holds an admin role, who may have ' +
    'left or may not act, and an incident Google has already seen goes unanswered.',
  severity: 'low',
  category: 'identity',
  aspects: [],
  assetTypes: ['gcp.resourcemanager.organization'],
  requires: ['gcp.essentialcontacts.contact'],
  messages: {
    none: 'Organisation {{org}} has no Essential Contacts',
    missing: 'Organisation {{org}} has no Essential Contact for {{categories}}',
  },
  remediation: {
    text:
      'Add Essential Contacts at the organisation (a monitored group address) for the Legal, Security, ' +
      'Suspension, Technical and Technical Incidents categories, or for All.',
    cli: 'gcloud essential-contacts create --organization=<org-id> --email=cloud-security@example.com --notification-categories=security,legal,suspension,technical,technical-incidents',
    terraform:
      'resource "google_essential_contacts_contact" "security" {\n  parent                              = "organizations/<org-id>"\n  email                               = "cloud-security@example.com"\n  language_tag                        = "en"\n  notification_category_subscriptions = ["SECURITY", "LEGAL", "SUSPENSION", "TECHNICAL", "TECHNICAL_INCIDENTS"]\n}',
  },
  references: ['https://cloud.google.com/resource-manager/docs/managing-notification-contacts'],
  check(org, ctx) {
    const contacts = ctx.assets('gcp.essentialcontacts.contact', { account: org.account });
    const covered = new Set<string>();
    for (const c of contacts) {
      // A contact whose address bounced receives nothing.
      if (c.config.validationState === 'INVALID') continue;
      const categories = c.config.notificationCategorySubscriptions;
      if (isUnknown(categories))
        return ctx.unknown('notificationCategorySubscriptions', `contact ${c.name}: ${categories.$unknown}`);
      for (const k of categories) covered.add(k.toUpperCase());
    }
    const missing = covered.has('ALL') ? [] : REQUIRED_CATEGORIES.filter((k) => !covered.has(k));
    const evidence = { contacts: contacts.map((c) => c.name), categories: [...covered].sort() };
    if (missing.length === 0) return ctx.pass(evidence);
    if (!ctx.covered('gcp.essentialcontacts.contact', { account: org.account }))
      return ctx.unknown(
        'essential contacts',
        `the sources hold no Essential Contact of ${org.account} for ${missing.join(', ')}, and do not show that its contacts were collected completely`,
      );
    if (covered.size === 0) return ctx.fail('none', { org: org.name }, evidence);
    return ctx.fail('missing', { org: org.name, categories: missing.join(', ') }, evidence);
  },
});
