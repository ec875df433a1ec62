/**
 * The proposals as they stand after the author's edits, and the bundle they make. Dates an
 * event was counted from another event by (an anniversary's origin) follow that event until
 * the author sets them; groundings are reconciled so the bundle passes the loader.
 */
import { parseIsoDate, type PartialDate } from '../model/dates';
import type { BundleData, EventData, RelationData } from '../model/schema';
import { checkAnniversary, type AnniversaryCheck } from './anniversary';
import type { EditedDates, Edits, ProposalEdit } from './edits';
import { countFrom } from '../model/dates';
import { dateFieldProblem } from './dateFieldProblem';
import { reconcileGrounding } from './grounding';
import type { TitleWording } from './draftTitle';
import type { NoteWording } from './wordings';
import type { Draft, Proposal } from './propose';

export interface ResolvedProposal {
  readonly proposal: Proposal;
  readonly accepted: boolean;
  /** The event with the edits applied and its grounding made consistent. */
  readonly event: EventData;
  /** The author set the dates (they no longer come from the text). */
  readonly datesEdited: boolean;
  /** For an anniversary linked to another kept proposal: the link and its check. */
  readonly anniversary?: { readonly of: string; readonly check: AnniversaryCheck };
}

/** The dates the author set, unless they are the proposed ones again (typed back, or a precision undone). */
function editedDates(edit: ProposalEdit, proposed: Pick<EventData, 'start' | 'end' | 'precision'>): EditedDates | undefined {
  const dates = edit.dates;
  if (!dates) return undefined;
  const same = dates.start === proposed.start && dates.end === proposed.end && dates.precision === proposed.precision;
  return same ? undefined : dates;
}

/** With a title wording, the proposals' titles are in every interface language, else the extractor's English. */
export function resolveProposals(draft: Draft, edits: Edits, wordTitle?: TitleWording): ResolvedProposal[] {
  const byId = new Map(draft.proposals.map((p) => [p.id, p]));
  const dateline = parseIsoDate(draft.bundle.article.dateline);
  const events = new Map<string, EventData>();
  const visiting = new Set<string>();

  const accepted = (id: string) => byId.has(id) && edits[id]?.removed !== true;
  const startOf = (id: string): PartialDate | undefined => {
    const event = eventOf(id);
    if (!event || !accepted(id)) return undefined;
    const start = parseIsoDate(event.start);
    return 'error' in start ? undefined : start;
  };

  function eventOf(id: string): EventData | undefined {
    const done = events.get(id);
    if (done) return done;
    const proposal = byId.get(id);
    // A cycle of anchors cannot come from the extractor; if one did, it is cut here.
    if (!proposal || visiting.has(id)) return undefined;
    visiting.add(id);
    const event = applyEdits(
      proposal,
      edits,
      (anchorId) => (anchorId === 'dateline' ? ('error' in dateline ? undefined : dateline) : startOf(anchorId)),
      wordTitle,
    );
    visiting.delete(id);
    events.set(id, event);
    return event;
  }

  return draft.proposals.map((proposal) => {
    const edit = edits[proposal.id] ?? {};
    const event = eventOf(proposal.id) ?? proposal.event;
    const of = edit.anniversaryOf === null ? undefined : (edit.anniversaryOf ?? proposal.anniversaryOf);
    const origin = of !== undefined && of !== proposal.id && accepted(of) ? eventOf(of) : undefined;
    return {
      proposal,
      accepted: accepted(proposal.id),
      event,
      datesEdited: editedDates(edit, proposal.event) !== undefined,
      ...(of !== undefined &&
        origin && { anniversary: { of, check: checkAnniversary(event.start, origin.start, proposal.statedYears) } }),
    };
  });
}

function applyEdits(
  proposal: Proposal,
  edits: Edits,
  anchorStart: (anchor: 'dateline' | string) => PartialDate | undefined,
  wordTitle: TitleWording | undefined,
): EventData {
  const { event: proposed } = proposal;
  const edit = edits[proposal.id] ?? {};
  const dates = editedDates(edit, proposed);
  const { end, precision } = dates ?? proposed;
  let { start } = dates ?? proposed;
  let { grounding } = proposed;
  if (grounding.kind === 'relative') {
    const anchor = anchorStart(grounding.anchor === 'dateline' ? 'dateline' : grounding.anchor.event);
    // An origin counted back from an anniversary moves with it until the author dates it.
    if (!dates && anchor && grounding.anchor !== 'dateline' && end === undefined) {
      start = countFrom(anchor, grounding.offset, precision) ?? start;
    }
    grounding = reconcileGrounding(grounding, start, precision, anchor);
  }
  // Zaman's own titles name the dates the event has now; the author's words win over them.
  // While the dates being typed are not dates at the chosen precision (the field says so), a
  // language keeps the title of the proposed ones rather than naming a date the export refuses.
  const typed =
    dateFieldProblem(start, precision, true) === undefined &&
    (end === undefined || dateFieldProblem(end, precision, false, start) === undefined);
  const worded = wordTitle?.(proposal.title, typed ? { start, ...(end !== undefined && { end }) } : proposed);
  const title = Object.fromEntries(
    Object.entries({ ...proposed.title, ...worded, ...edit.title }).filter(([, text]) => text.trim() !== ''),
  );
  const unchanged = start === proposed.start && end === proposed.end && precision === proposed.precision;
  const { note, ...rest } = proposed;
  const event: EventData = { ...rest, title, category: edit.category ?? proposed.category, start, precision, grounding };
  // The end is the edited one, which may be none.
  delete event.end;
  if (end !== undefined) event.end = end;
  // The extractor's note explains the date it found, not one the author set.
  if (note && unchanged) event.note = note;
  return event;
}

/**
 * The bundle of the kept proposals, with the anniversary links that join two of them.
 * With a wording, an extractor's note (kept only while the date is the one it found) is
 * written in every interface language instead of English alone.
 */
export function assembleBundle(
  draft: Draft,
  resolved: readonly ResolvedProposal[],
  wordNote?: NoteWording,
): BundleData {
  const kept = resolved.filter((r) => r.accepted);
  const relations: RelationData[] = kept.flatMap(({ proposal, anniversary }) =>
    // Without dates there are no years to count; the dates' own problems are what to report.
    anniversary && !(!anniversary.check.ok && anniversary.check.reason === 'bad-date')
      ? [{ type: 'anniversary-of', from: proposal.id, to: anniversary.of, years: anniversary.check.years }]
      : [],
  );
  return {
    ...withoutRelations(draft.bundle),
    events: kept.map(({ event, proposal }) => {
      const note = event.note && wordNote?.(proposal.explanation);
      return note ? { ...event, note } : event;
    }),
    ...(relations.length > 0 && { relations }),
  };
}

function withoutRelations(bundle: BundleData): Omit<BundleData, 'relations'> {
  const copy = { ...bundle };
  delete copy.relations;
  return copy;
}
