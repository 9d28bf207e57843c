import { Async } from '../../components/Async';
import { useI18n } from '../../i18n';
import { useProgrammes } from '../dashboard/use-programme';
import { AuditTrail } from './AuditTrail';

export function AuditPage() {
  const { t } = useI18n();
  const { state, programme } = useProgrammes();
  return (
    <>
      <h1>{t.audit.title}</h1>
      <Async state={state}>
        {() => programme && <AuditTrail scope={{ programmeId: programme.id }} title={`${t.audit.title}: ${programme.name}`} />}
      </Async>
    </>
  );
}
