/** Every migration, in the order they are applied. Add a new one at the end; never edit or renumber an applied one. */
import { base } from "./0001-base.js";
import { casework } from "./0002-casework.js";
import { caseworkLookups } from "./0003-casework-lookups.js";
import { targetPlans } from "./0004-target-plans.js";
import { programmes } from "./0005-programmes.js";
import { actionPlan } from "./0006-action-plan.js";
import { rowLevelSecurity } from "./0007-row-level-security.js";
import { auditChain } from "./0008-audit-chain.js";
import { personDetails } from "./0009-person-details.js";
import { absenceDetails } from "./0010-absence-details.js";
import { oidc } from "./0011-oidc.js";
import { handovers } from "./0012-handovers.js";
import { searchIndexes } from "./0013-search-indexes.js";
import { auditLookups } from "./0014-audit-lookups.js";
import { targetGroupScope } from "./0015-target-group-scope.js";
import type { Migration } from "./migration.js";

export const migrations: readonly Migration[] = [base, casework, caseworkLookups, targetPlans, programmes, actionPlan, rowLevelSecurity, auditChain, personDetails, absenceDetails, oidc, handovers, searchIndexes, auditLookups, targetGroupScope];
