import { useI18n } from '../../i18n';
import { navigate } from '../../lib/router';
import { Async } from '../../components/Async';
import { useProgrammes } from '../dashboard/use-programme';
import { ProjectDetailsForm } from './ProjectDetailsForm';

export function ProjectNewPage() {
  const { t } = useI18n();
  const { state, programme } = useProgrammes();
  return (
    <>
      <h1>{t.office.newProject}</h1>
      <Async state={state}>
        {() =>
          programme && (
            <>
              <p>
                {t.office.programme}: {programme.name}
              </p>
              <ProjectDetailsForm
                programmeId={programme.id}
                tracks={programme.tracks}
                onSaved={(id) => navigate(`/projects/${id}/edit`, { replace: true })}
              />
            </>
          )
        }
      </Async>
    </>
  );
}
