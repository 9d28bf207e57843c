import { useEffect, useId, useRef, useState } from 'react';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument, MyNotificationsDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';

/**
 * The bell in the header: the number of unread notifications, and a panel that lists them. It is a
 * disclosure (a button with aria-expanded), Escape closes it and returns focus to the bell; the
 * count is re-read on every page change.
 */
export function NotificationBell() {
  const { t, format } = useI18n();
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useNavigate();
  const state = useQuery(MyNotificationsDocument, {});
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const reload = state.reload;
  // Re-read on navigation, not on the first render (the query has just run).
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    reload();
  }, [pathname, reload]);
  const unread = state.data?.myUnreadNotificationCount ?? 0;
  const items = state.data?.myNotifications ?? [];
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const follow = async (id: string, link: string, read: boolean) => {
    if (!read) await request(MarkNotificationReadDocument, { id });
    setOpen(false);
    reload();
    // The link is the server's (a path in this app, e.g. /projects/<id>?programme=<id>).
    void navigate({ href: link });
  };
  const markAll = async () => {
    await request(MarkAllNotificationsReadDocument, {});
    reload();
  };
  return (
    <div className="bell" onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button
        ref={button}
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        <span className="visually-hidden">{t.governance.notifications}: </span>
        <span className="bell-count">{unread > 0 ? unread : ''}</span>
        <span className="visually-hidden">{t.governance.unread(unread)}</span>
      </button>
      {open && (
        <div id={panelId} className="bell-panel" role="region" aria-label={t.governance.notifications}>
          <div className="card-head">
            <h2>{t.governance.notifications}</h2>
            {unread > 0 && (
              <button type="button" className="link-button" onClick={() => void markAll()}>
                {t.governance.markAllRead}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p>{t.governance.noNotifications}</p>
          ) : (
            <ul className="notifications">
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                  <a
                    href={n.link}
                    onClick={(e) => {
                      e.preventDefault();
                      void follow(n.id, n.link, Boolean(n.readAt));
                    }}
                  >
                    {n.title}
                  </a>
                  <p className="meta">
                    {n.body} · {format.dateTime(n.createdAt)}
                  </p>
                  {!n.readAt && (
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => void request(MarkNotificationReadDocument, { id: n.id }).then(reload)}
                    >
                      {t.governance.markRead}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
