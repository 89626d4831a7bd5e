import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-sql-server-entra-admin-configured',
  title: 'Azure SQL servers have a Microsoft Entra admin',
  description:
    'Without an Entra (Azure AD) admin, the server can be administered only with SQL logins: shared ' +
    'passwords with no MFA, no conditional access and no central revocation. Configuring an Entra admin ' +
    '(ideally a group) enables Entra authentication and lets SQL authentication be turned off.',
  severity: 'medium',
  category: 'database',
  aspects: ['credentials'],
  assetTypes: ['azure.sql.server'],
  messages: {
    none: 'SQL server {{name}} has no Microsoft Entra admin configured',
  },
  remediation: {
    text: 'Set a Microsoft Entra group as the server admin, then consider Entra-only authentication.',
    cli: 'az sql server ad-admin create --server-name <server> --resource-group <rg> --display-name <group-name> --object-id <group-object-id>',
    terraform:
      'resource "azurerm_mssql_server" "this" {\n  # ...\n  azuread_administrator {\n    login_username = "sql-admins"\n    object_id      = "<group-object-id>"\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure'],
  check(server, ctx) {
    const admin = need(server.config, 'entraAdmin');
    if (admin === null) return ctx.fail('none', { name: server.name });
    return ctx.pass({ entraAdmin: { login: admin.login, principalType: admin.principalType } });
  },
});
