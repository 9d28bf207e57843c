import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { QueryState } from '../lib/use-query';

/**
 * Loading and error states for a query; renders `children` with the data once there is some.
 * `placeholder` is a class for the loading state that reserves the room the content will take.
 */
export function Async<T>({
  state,
  children,
  placeholder,
}: {
  state: QueryState<T> & { reload: () => void };
  children: (data: T) => ReactNode;
  placeholder?: string;
}) {
  const { t } = useI18n();
  if (state.data !== undefined) {
    return (
      <>
        {state.status === 'error' && (
          <ErrorBox message={state.error.code === 'NETWORK' ? t.common.networkError : state.error.message} onRetry={state.reload} />
        )}
        {children(state.data)}
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <ErrorBox
        message={
          state.error.code === 'NOT_FOUND'
            ? t.common.notFound
            : state.error.code === 'NETWORK'
              ? t.common.networkError
              : `${t.common.error}: ${state.error.message}`
        }
        onRetry={state.reload}
      />
    );
  }
  return (
    <p className={placeholder ? `loading ${placeholder}` : 'loading'} role="status">
      {t.common.loading}
    </p>
  );
}

function ErrorBox({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {t.common.retry}
      </button>
    </div>
  );
}
