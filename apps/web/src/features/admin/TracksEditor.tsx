import { useCallback, useState } from 'react';
import { CreateTrackDocument, ReorderTracksDocument, UpdateTrackDocument } from '../../generated/graphql';
import { FormMessage, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages, PROJECT_CODE } from '../office/form-messages';
import type { ProgrammeSettings } from './programme-values';
import { useRowActions } from './use-row-actions';

type Track = ProgrammeSettings['tracks'][number];
type NewTrack = { code: string; name: string };
const EMPTY: NewTrack = { code: '', name: '' };

/** A programme's tracks: add, rename, move up and down (buttons, so the keyboard can do it), archive. */
export function TracksEditor({ programme, onChanged }: { programme: ProgrammeSettings; onChanged: () => Promise<void> }) {
  const { t, format } = useI18n();
  const { error, status, act } = useRowActions(onChanged);
  const [names, setNames] = useState<Record<string, string>>({});
  const tracks = programme.tracks;
  const validate = useCallback(
    (v: NewTrack): FieldErrors<NewTrack> => ({
      ...(!PROJECT_CODE.test(v.code.trim()) && { code: t.office.codeInvalid }),
      ...(v.name.trim().length < 2 && { name: t.common.required }),
    }),
    [t],
  );
  const form = useForm<NewTrack>(EMPTY, validate, formMessages(t));
  const move = (index: number, by: -1 | 1) => {
    const order = tracks.map((tr) => tr.id);
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    void act(() => request(ReorderTracksDocument, { input: { programmeId: programme.id, trackIds: order } }), t.admin.trackSaved);
  };
  const rename = (track: Track) =>
    act(
      () => request(UpdateTrackDocument, { input: { id: track.id, version: track.version, name: (names[track.id] ?? track.name).trim() } }),
      t.admin.trackSaved,
    );
  const setArchived = (track: Track, archived: boolean) =>
    act(() => request(UpdateTrackDocument, { input: { id: track.id, version: track.version, archived } }), t.admin.trackSaved);
  return (
    <section className="card" aria-labelledby="tracks-title">
      <h2 id="tracks-title">{t.admin.tracks}</h2>
      <p>{t.admin.tracksIntro}</p>
      <FormMessage message={error} />
      <p role="status">{status}</p>
      {tracks.length === 0 ? (
        <p>{t.admin.noTracks}</p>
      ) : (
        <ol className="track-list">
          {tracks.map((track, index) => (
            <li key={track.id}>
              <span className="track-code">{track.code}</span>
              <label className="visually-hidden" htmlFor={`track-name-${track.id}`}>
                {`${t.admin.trackName} (${track.code})`}
              </label>
              <input
                id={`track-name-${track.id}`}
                value={names[track.id] ?? track.name}
                onChange={(e) => setNames((current) => ({ ...current, [track.id]: e.target.value }))}
              />
              <button
                type="button"
                className="small"
                onClick={() => void rename(track)}
                disabled={(names[track.id] ?? track.name) === track.name}
              >
                {t.admin.rename}
              </button>
              <button
                type="button"
                className="small"
                aria-label={t.admin.moveUp(track.name)}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="small"
                aria-label={t.admin.moveDown(track.name)}
                disabled={index === tracks.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button type="button" className="small" onClick={() => void setArchived(track, !track.archivedAt)}>
                {track.archivedAt ? t.admin.restoreTrack : t.admin.archiveTrack}
              </button>
              {track.archivedAt && (
                <span className="meta">
                  {' '}
                  ({t.admin.archivedTrack} {format.date(track.archivedAt.slice(0, 10))})
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        noValidate
        aria-labelledby="add-track-title"
        onSubmit={onSubmit(() =>
          form.submitAndClear(
            async (v) => {
              await request(CreateTrackDocument, { input: { programmeId: programme.id, code: v.code.trim(), name: v.name.trim() } });
            },
            EMPTY,
            onChanged,
          ),
        )}
      >
        <h3 id="add-track-title">{t.admin.addTrack}</h3>
        <FormMessage message={form.formError} />
        <div className="form-grid">
          <TextField form={form} name="code" label={t.admin.trackCode} required />
          <TextField form={form} name="name" label={t.admin.trackName} required />
        </div>
        <button type="submit" disabled={form.saving}>
          {t.admin.addTrack}
        </button>
      </form>
    </section>
  );
}
