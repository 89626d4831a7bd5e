/**
 * Requirement lists for the compliance catalogs: ids in the official notation, sections, titles in
 * Parapet's words, and the themes (see themes.ts) that show each requirement, or `manual` where
 * configuration cannot show it. Ids follow the public frameworks (from Prowler's compliance data,
 * Apache-2.0, via /work/shared/data/frameworks); no standards text is reproduced.
 */
import type { Theme } from './themes.js';

export type Mapping = readonly Theme[] | 'manual';
/** [id, section, title, mapping] */
export type Def = readonly [string, string, string, Mapping];

const H308 = '164.308 Administrative safeguards';
const H310 = '164.310 Physical safeguards';
const H312 = '164.312 Technical safeguards';

export const HIPAA: readonly Def[] = [
  ['164.308(a)(1)(ii)(A)', H308, 'Risks to electronic protected health information are analysed', 'manual'],
  [
    '164.308(a)(1)(ii)(B)',
    H308,
    'Measures reduce identified risks: nothing holding health data is exposed to the internet',
    ['public-storage', 'public-data-services', 'admin-ports'],
  ],
  [
    '164.308(a)(1)(ii)(D)',
    H308,
    'Records of system activity (audit logs, access reports) are kept for review',
    ['audit-logging', 'threat-detection'],
  ],
  ['164.308(a)(3)(i)', H308, 'Workforce members get only the access their role needs', ['least-privilege']],
  [
    '164.308(a)(3)(ii)(A)',
    H308,
    'Access by workforce members is authorised and supervised',
    ['least-privilege'],
  ],
  [
    '164.308(a)(3)(ii)(B)',
    H308,
    'Access is granted only after checking it is appropriate',
    ['least-privilege'],
  ],
  ['164.308(a)(3)(ii)(C)', H308, 'Access ends when employment or the need ends', ['stale-access']],
  [
    '164.308(a)(4)(i)',
    H308,
    'Access to health data is managed and authorised',
    ['least-privilege', 'public-storage'],
  ],
  [
    '164.308(a)(4)(ii)(A)',
    H308,
    'Clearinghouse functions are isolated from the rest of the organisation',
    ['segmentation'],
  ],
  [
    '164.308(a)(4)(ii)(B)',
    H308,
    'Access to systems holding health data is authorised by policy',
    ['least-privilege'],
  ],
  [
    '164.308(a)(4)(ii)(C)',
    H308,
    'Access rights are established, reviewed and changed by procedure',
    ['least-privilege', 'stale-access'],
  ],
  ['164.308(a)(5)(ii)(B)', H308, 'Systems are protected from malicious software', ['threat-detection']],
  ['164.308(a)(5)(ii)(C)', H308, 'Log-in attempts are monitored', ['audit-logging']],
  [
    '164.308(a)(5)(ii)(D)',
    H308,
    'Passwords and keys are created, changed and protected by procedure',
    ['credentials'],
  ],
  ['164.308(a)(6)(i)', H308, 'Security incidents are handled by documented procedures', 'manual'],
  [
    '164.308(a)(6)(ii)',
    H308,
    'Security incidents are identified, responded to, mitigated and documented',
    'manual',
  ],
  [
    '164.308(a)(7)(i)',
    H308,
    'A contingency plan covers emergencies that damage systems holding health data',
    ['recovery'],
  ],
  ['164.308(a)(7)(ii)(A)', H308, 'Retrievable exact copies of health data are kept (backups)', ['recovery']],
  ['164.308(a)(7)(ii)(B)', H308, 'Lost data can be restored (disaster recovery)', ['recovery']],
  [
    '164.308(a)(7)(ii)(C)',
    H308,
    'Critical processes keep protecting health data while in emergency mode',
    'manual',
  ],
  ['164.308(a)(8)', H308, 'Safeguards are evaluated periodically, technically and non-technically', 'manual'],
  [
    '164.308(b)(1)',
    H308,
    'Business associates give satisfactory written assurances before handling health data',
    'manual',
  ],
  [
    '164.308(b)(2)',
    H308,
    'Business associates obtain the same assurances from their subcontractors',
    'manual',
  ],
  ['164.310(a)(1)', H310, 'Physical access to facilities housing systems is limited', 'manual'],
  [
    '164.310(d)(1)',
    H310,
    'Hardware and media holding health data are tracked, reused and disposed of safely',
    'manual',
  ],
  [
    '164.312(a)(1)',
    H312,
    'Technical access control allows only authorised people and software to reach health data',
    ['least-privilege', 'public-storage', 'public-data-services'],
  ],
  [
    '164.312(a)(2)(i)',
    H312,
    'Every user has a unique identity; shared and root identities are not used',
    ['mfa', 'credentials'],
  ],
  ['164.312(a)(2)(ii)', H312, 'Emergency access to health data is possible by procedure', 'manual'],
  [
    '164.312(a)(2)(iv)',
    H312,
    'Health data is encrypted and decrypted with managed keys',
    ['encryption-at-rest', 'key-management'],
  ],
  [
    '164.312(b)',
    H312,
    'Activity in systems holding health data is recorded and examined',
    ['audit-logging', 'log-integrity'],
  ],
  [
    '164.312(c)(1)',
    H312,
    'Health data is protected from improper change or destruction',
    ['log-integrity', 'recovery'],
  ],
  ['164.312(c)(2)', H312, 'Mechanisms show that health data was not altered or destroyed', ['log-integrity']],
  ['164.312(d)', H312, 'People and systems prove who they are before access', ['mfa', 'credentials']],
  [
    '164.312(e)(1)',
    H312,
    'Health data sent over networks is protected from interception',
    ['encryption-in-transit', 'admin-ports'],
  ],
  [
    '164.312(e)(2)(i)',
    H312,
    'Transmitted health data cannot be changed undetected',
    ['encryption-in-transit'],
  ],
  ['164.312(e)(2)(ii)', H312, 'Health data is encrypted in transit', ['encryption-in-transit']],
];

const CC1 = 'CC1 Control environment';
const CC2 = 'CC2 Communication and information';
const CC3 = 'CC3 Risk assessment';
const CC4 = 'CC4 Monitoring activities';
const CC5 = 'CC5 Control activities';
const CC6 = 'CC6 Logical and physical access controls';
const CC7 = 'CC7 System operations';
const CC8 = 'CC8 Change management';
const CC9 = 'CC9 Risk mitigation';
const A1 = 'A1 Availability';
const C1 = 'C1 Confidentiality';
const PI1 = 'PI1 Processing integrity';

export const SOC2: readonly Def[] = [
  [
    'CC1.3',
    CC1,
    'Structures, reporting lines and authorities are set up, and access reflects them',
    ['least-privilege'],
  ],
  [
    'CC2.1',
    CC2,
    'Relevant, quality information (including activity records) supports internal control',
    ['audit-logging'],
  ],
  ['CC3.1', CC3, 'Objectives are specified clearly enough to identify risks', 'manual'],
  ['CC3.2', CC3, 'Risks to objectives are identified and analysed', 'manual'],
  ['CC3.3', CC3, 'The potential for fraud is considered when assessing risk', 'manual'],
  [
    'CC3.4',
    CC3,
    'Changes that could significantly affect internal control are identified and assessed',
    'manual',
  ],
  ['CC4.2', CC4, 'Control deficiencies are communicated to those responsible for correcting them', 'manual'],
  [
    'CC5.2',
    CC5,
    'General controls over technology support the achievement of objectives',
    ['least-privilege', 'hardening'],
  ],
  [
    'CC6.1',
    CC6,
    'Logical access security protects information assets: access control, encryption, key management',
    ['least-privilege', 'public-storage', 'public-data-services', 'encryption-at-rest', 'key-management'],
  ],
  [
    'CC6.2',
    CC6,
    'Users are registered and authorised before access, and removed when no longer needed',
    ['stale-access', 'mfa'],
  ],
  [
    'CC6.3',
    CC6,
    'Access is granted, changed and removed by role, with least privilege and segregation of duties',
    ['least-privilege'],
  ],
  [
    'CC6.6',
    CC6,
    'The system boundary is protected from threats outside it',
    ['admin-ports', 'segmentation', 'public-data-services'],
  ],
  [
    'CC6.7',
    CC6,
    'Transmission, movement and removal of information is restricted and protected',
    ['encryption-in-transit', 'public-storage'],
  ],
  [
    'CC6.8',
    CC6,
    'Unauthorised or malicious software is prevented or detected',
    ['hardening', 'threat-detection'],
  ],
  [
    'CC7.1',
    CC7,
    'Configuration changes and new vulnerabilities are detected by monitoring',
    ['audit-logging', 'patching'],
  ],
  [
    'CC7.2',
    CC7,
    'System components are monitored for anomalies that indicate attacks or errors',
    ['audit-logging', 'log-integrity', 'threat-detection'],
  ],
  ['CC7.3', CC7, 'Security events are evaluated to decide whether they are incidents', 'manual'],
  ['CC7.4', CC7, 'Security incidents are responded to by a defined programme', 'manual'],
  ['CC7.5', CC7, 'The organisation recovers from identified security incidents', ['recovery']],
  [
    'CC8.1',
    CC8,
    'Changes to infrastructure, data and software are authorised, tested and approved',
    'manual',
  ],
  ['CC9.2', CC9, 'Risks from vendors and business partners are assessed and managed', 'manual'],
  ['A1.1', A1, 'Capacity is monitored and managed to meet availability commitments', 'manual'],
  ['A1.2', A1, 'Environmental protections, backups and recovery infrastructure are in place', ['recovery']],
  [
    'C1.1',
    C1,
    'Confidential information is identified and protected',
    ['encryption-at-rest', 'public-storage', 'public-data-services'],
  ],
  ['C1.2', C1, 'Confidential information is disposed of when retention ends', 'manual'],
  ['PI1.2', PI1, 'System inputs are complete and accurate', 'manual'],
  ['PI1.3', PI1, 'Processing is complete, accurate and timely', 'manual'],
  [
    'PI1.4',
    PI1,
    'Outputs are complete, accurate and delivered only to intended parties',
    ['encryption-in-transit'],
  ],
  [
    'PI1.5',
    PI1,
    'Stored inputs, items in processing and outputs are complete, accurate and protected',
    ['recovery', 'encryption-at-rest'],
  ],
];

const G = (n: string) => `Article ${n}`;
export const GDPR: readonly Def[] = [
  [
    'Art.5(1)(f)',
    G('5 Principles relating to processing of personal data'),
    'Personal data is processed with appropriate security: integrity and confidentiality',
    [
      'public-storage',
      'public-data-services',
      'encryption-at-rest',
      'encryption-in-transit',
      'least-privilege',
    ],
  ],
  [
    'Art.5(2)',
    G('5 Principles relating to processing of personal data'),
    'The controller can demonstrate compliance with the principles (accountability)',
    ['audit-logging'],
  ],
  [
    'Art.24',
    G('24 Responsibility of the controller'),
    'Technical and organisational measures are implemented, reviewed and updated',
    'manual',
  ],
  [
    'Art.25',
    G('25 Data protection by design and by default'),
    'Protection is built in and, by default, personal data is not made accessible to an indefinite number of people',
    ['public-storage', 'public-data-services', 'segmentation', 'least-privilege', 'encryption-at-rest'],
  ],
  ['Art.28', G('28 Processor'), 'Processors give sufficient guarantees and are bound by contract', 'manual'],
  [
    'Art.30',
    G('30 Records of processing activities'),
    'Records of processing activities are maintained',
    'manual',
  ],
  [
    'Art.32',
    G('32 Security of processing'),
    'Security appropriate to the risk: encryption, confidentiality, integrity, availability, resilience and restoration',
    [
      'encryption-at-rest',
      'encryption-in-transit',
      'key-management',
      'least-privilege',
      'mfa',
      'credentials',
      'admin-ports',
      'recovery',
      'log-integrity',
    ],
  ],
  [
    'Art.33',
    G('33 Notification of a personal data breach to the supervisory authority'),
    'Breaches can be detected and reconstructed in time to notify within 72 hours (audit trails exist)',
    ['audit-logging', 'log-integrity', 'threat-detection'],
  ],
  [
    'Art.34',
    G('34 Communication of a personal data breach to the data subject'),
    'Data subjects are told of breaches that put them at high risk',
    'manual',
  ],
  [
    'Art.35',
    G('35 Data protection impact assessment'),
    'High-risk processing is assessed for its impact before it starts',
    'manual',
  ],
];
