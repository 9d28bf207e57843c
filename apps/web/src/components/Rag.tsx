import type { Rag } from '../generated/graphql';
import { useI18n } from '../i18n';

// Shape and text carry the meaning as well as colour (WCAG 1.4.1): ● green, ▲ amber, ■ red, ○ grey.
const SYMBOL: Record<Rag, string> = { GREEN: '●', AMBER: '▲', RED: '■', GREY: '○' };

export function RagBadge({ rag, label }: { rag: Rag; label?: string }) {
  const { t } = useI18n();
  return (
    <span className={`rag rag-${rag.toLowerCase()}`}>
      <span aria-hidden="true">{SYMBOL[rag]}</span> {label ? `${label}: ` : ''}
      {t.rag[rag]}
    </span>
  );
}

/** Chart colours for lights, readable on white and paired with text in every legend. */
export const RAG_COLOURS: Record<Rag, string> = { GREEN: '#2e7d32', AMBER: '#b26a00', RED: '#c62828', GREY: '#6b7280' };
