import { OrganisationsDocument, ProjectPageDocument, type ProjectPageQuery } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { useI18n } from '../../i18n';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';
import { can, useSession } from '../../lib/session';
import { BenefitsEditor } from './BenefitsEditor';
import { AdoptionEditor } from '../realisation/AdoptionEditor';
import { EstimatesEditor, estimatesVersion } from '../realisation/EstimatesEditor';
import { BudgetGrid } from './BudgetGrid';
import { CostsEditor } from './CostsEditor';
import { BaselineForm, MilestonesEditor } from './MilestonesEditor';
import { PartnersEditor } from './PartnersEditor';
import { ProjectDetailsForm } from './ProjectDetailsForm';
import { StatusReportForm } from './StatusReportForm';
import { useProgrammeOfPage } from '../dashboard/use-programme';

const route = getRouteApi('/_signedIn/projects/$projectId/edit');

/** The page at /projects/<id>/edit. */
export function ProjectEditRoutePage() {
  const { projectId } = route.useParams();
  return <ProjectEditPage key={projectId} id={projectId} />;
}

/** The programme office's work page for one project: every section saves on its own. */
export function ProjectEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const state = useQuery(ProjectPageDocument, { id });
  useProgrammeOfPage(state.data?.project.programme.id);
  return (
    <Async state={state}>
      {({ project }) => (
        <>
          <div className="page-head">
            <h1>{t.office.editProject(project.code)}</h1>
            <Link to="/projects/$projectId" params={{ projectId: project.id }}>
              {project.title}
            </Link>
          </div>
          {!can.editProjects(session, project.programme) ? (
            // Opened by its address without the right to edit: no forms whose every save the API would
            // refuse. An archived programme's notice is the header's (App), as on its other pages.
            !project.programme.archivedAt && (
              <p className="notice" role="status">
                {t.office.notEditable}
              </p>
            )
          ) : (
            <ProjectEditSections project={project} reload={state.reload} />
          )}
        </>
      )}
    </Async>
  );
}

/** Every section of the work page; each saves on its own. */
function ProjectEditSections({ project, reload }: { project: ProjectPageQuery['project']; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const organisations = useQuery(OrganisationsDocument, {});
  return (
    <>
      <nav className="section-nav" aria-label={t.office.editProject(project.code)}>
        <a href="#details-title">{t.office.projectDetails}</a>
        <a href="#edit-partners-title">{t.office.partners}</a>
        <a href="#budget-title">{t.dashboard.budget}</a>
        <a href="#costs-title">{t.office.costActuals}</a>
        <a href="#edit-benefits-title">{t.office.benefits}</a>
        <a href="#estimates-title">{t.realisation.estimates}</a>
        <a href="#edit-milestones-title">{t.office.milestones}</a>
        <a href="#edit-adoption-title">{t.dashboard.adoption}</a>
        <a href="#report-title">{t.office.statusReport}</a>
      </nav>
      <ProjectDetailsForm
        key={`details-${project.id}`}
        programmeId={project.programme.id}
        tracks={project.programme.tracks}
        project={project}
        onSaved={reload}
      />
      <Async state={organisations}>
        {({ organisations: all }) => <PartnersEditor project={project} organisations={all} onSaved={reload} />}
      </Async>
      <BudgetGrid key={`budget-${project.id}`} project={project} onSaved={reload} />
      <CostsEditor project={project} onSaved={reload} />
      <BenefitsEditor project={project} onSaved={reload} />
      <EstimatesEditor key={`estimates-${project.id}-${estimatesVersion(project)}`} project={project} onSaved={reload} />
      <MilestonesEditor project={project} onSaved={reload} />
      <Async state={organisations}>
        {({ organisations: all }) => <AdoptionEditor project={project} organisations={all} onSaved={reload} />}
      </Async>
      <BaselineForm project={project} onSaved={reload} />
      <StatusReportForm project={project} onSaved={reload} />
    </>
  );
}
