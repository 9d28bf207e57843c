import { useState } from 'react';
import { OutboxMailsDocument, SendDueRemindersDocument } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

/** The administrator's view of the mail Tværs sent or keeps, and a button to send due reminders now. */
export function OutboxPage() {
  const { t, format } = useI18n();
  const state = useQuery(OutboxMailsDocument, {});
  const [status, setStatus] = useState<string | null>(null);
  const send = async () => {
    try {
      const { sendDueReminders } = await request(SendDueRemindersDocument, {});
      setStatus(t.governance.remindersSent(sendDueReminders.reminded, sendDueReminders.mailed));
      state.reload();
    } catch (error) {
      setStatus(error instanceof GraphqlError ? error.message : String(error));
    }
  };
  return (
    <>
      <h1>{t.governance.outbox}</h1>
      <p>{t.governance.outboxIntro}</p>
      <button type="button" onClick={() => void send()}>
        {t.governance.sendReminders}
      </button>
      <p role="status">{status}</p>
      <Async state={state}>
        {({ outboxMails }) =>
          outboxMails.length === 0 ? (
            <p className="empty">{t.governance.noMail}</p>
          ) : (
            <TableScroll label={t.governance.outbox}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.governance.created}</th>
                    <th scope="col">{t.governance.recipient}</th>
                    <th scope="col">{t.governance.subject}</th>
                    <th scope="col">{t.governance.sent}</th>
                  </tr>
                </thead>
                <tbody>
                  {outboxMails.map((m) => (
                    <tr key={m.id}>
                      <td className="nowrap">{format.dateTime(m.createdAt)}</td>
                      <td>{m.recipient}</td>
                      <td>
                        <details>
                          <summary>{m.subject}</summary>
                          <pre className="mail-body">{m.body}</pre>
                        </details>
                      </td>
                      <td>
                        {m.sentAt ? format.dateTime(m.sentAt) : t.governance.notSent}
                        {m.error && <p className="flag">{m.error}</p>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </Async>
    </>
  );
}
