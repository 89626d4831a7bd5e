import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-account-security-contact-registered',
  title: 'A security contact is registered for the AWS account',
  description:
    'AWS sends security notices — abuse reports, exposed credentials, compromised resources — to the ' +
    "account's security alternate contact. Without one they go to the root e-mail address, which is often " +
    'an unwatched mailbox.',
  severity: 'medium',
  category: 'identity',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no security contact registered',
  },
  remediation: {
    text: 'Register a security alternate contact: a monitored team mailbox and phone number.',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --email-address <security@example.com> --name "Security team" --phone-number <phone> --title "Security"',
    terraform:
      'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name                   = "Security team"\n  title                  = "Security"\n  email_address          = "security@example.com"\n  phone_number           = "+1-555-0100"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/account-controls.html#account-1',
  ],
  check(account, ctx) {
    if (need(account.config, 'securityContact')) return ctx.pass();
    return ctx.fail('none', { name: account.name });
  },
});
