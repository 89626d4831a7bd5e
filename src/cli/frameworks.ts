/**
 * Which framework catalogs a command works with: the built-in ones, the files the config lists
 * (`frameworks:`), and a `--framework <file>` given on the command line. `--framework` names either a
 * loaded framework id or a catalog file; the file's framework is then the one selected.
 */
import { isAbsolute, resolve } from 'node:path';
import {
  ComplianceIndex,
  loadFrameworks,
  looksLikeFrameworkFile,
  readCatalogFile,
} from '../frameworks/catalog.js';
import { CatalogError, UsageError } from '../model/errors.js';
import { ALL_RULES } from '../rules/index.js';

export interface FrameworkSelection {
  compliance: ComplianceIndex;
  /** The framework `--framework` selected (its id), if any. */
  selected: string | undefined;
}

export function selectFrameworks(
  option: string | undefined,
  configFiles: readonly string[],
  cwd: string,
): FrameworkSelection {
  const files = [...configFiles];
  let selected = option;
  if (option !== undefined && looksLikeFrameworkFile(option)) {
    const file = isAbsolute(option) ? option : resolve(cwd, option);
    if (!files.includes(file)) files.push(file);
    selected = readCatalogFile(file).id;
  }
  const frameworks = loadFrameworks({ files });
  const ruleIds = new Set(ALL_RULES.map((r) => r.id));
  for (const fw of frameworks) {
    if (fw.file === undefined || !files.includes(fw.file)) continue;
    fw.requirements.forEach((req, i) => {
      (req.ownRules ?? req.rules).forEach((rule, j) => {
        if (!ruleIds.has(rule))
          throw new CatalogError(
            `${fw.file}: requirements.${i}.rules.${j}: no rule "${rule}" (see parapet rules for the rule ids)`,
          );
      });
    });
  }
  const compliance = new ComplianceIndex(frameworks);
  if (selected !== undefined && !compliance.framework(selected)) {
    const known = compliance.frameworks.map((f) => f.id).join(', ');
    throw new UsageError(
      `--framework: no framework "${selected}" (available: ${known}; or give a catalog file)`,
    );
  }
  return { compliance, selected };
}
