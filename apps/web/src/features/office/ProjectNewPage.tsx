import { useI18n } from '../../i18n';
import { useNavigate } from '@tanstack/react-router';
import { Async } from '../../components/Async';
import { useProgrammes } from '../dashboard/use-programme';
import { ProjectDetailsForm } from './ProjectDetailsForm';

export function ProjectNewPage() {
  const { t } = useI18n();
  const { state, programme } = useProgrammes();
  const navigate = useNavigate();
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
                onSaved={(id) => void navigate({ to: '/projects/$projectId/edit', params: { projectId: id }, replace: true })}
              />
            </>
          )
        }
      </Async>
    </>
  );
}
