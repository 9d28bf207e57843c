import type { RiskCategory } from '../../generated/graphql';
import { useI18n } from '../../i18n';

interface RiskFacts {
  title: string;
  mitigation: string;
  category: RiskCategory;
  probability: number;
  impact: number;
  score: number;
  residualScore: number | null;
  owner: string;
  reviewDate: string | null;
  reviewOverdue: boolean;
}

/** The header cells of a risk row, in the order RiskCells renders them. */
export function RiskHeaderCells() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t.governance.title}</th>
      <th scope="col">{t.governance.category}</th>
      <th scope="col" className="num">
        {t.governance.score}
      </th>
      <th scope="col" className="num">
        {t.governance.residual}
      </th>
      <th scope="col">{t.governance.owner}</th>
      <th scope="col">{t.governance.reviewDate}</th>
    </>
  );
}

/** A risk as the register and the portfolio list show it: title with mitigation, scores, owner, review. */
export function RiskCells({ risk: r }: { risk: RiskFacts }) {
  const { t, format } = useI18n();
  return (
    <>
      <td>
        {r.title}
        {r.mitigation && (
          <p className="meta">
            {t.governance.mitigation}: {r.mitigation}
          </p>
        )}
      </td>
      <td>{t.governance.riskCategories[r.category]}</td>
      <td className="num">
        {r.score}{' '}
        <span className="meta">
          ({r.probability}×{r.impact})
        </span>
      </td>
      <td className="num">{r.residualScore ?? t.common.none}</td>
      <td>{r.owner || t.common.none}</td>
      <td>
        {format.date(r.reviewDate)}
        {r.reviewOverdue && <p className="flag">⚠ {t.governance.reviewOverdue}</p>}
      </td>
    </>
  );
}
