import type { Messages } from '../../i18n/da';
import type { FormMessages } from '../../lib/use-form';

export const formMessages = (t: Messages): FormMessages => ({
  fixErrors: t.common.fixErrors,
  conflict: t.common.conflict,
  networkError: t.common.networkError,
});

export const PROJECT_CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;
