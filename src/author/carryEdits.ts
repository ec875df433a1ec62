/**
 * When the author changes the text (fixes a typo, pastes a longer version, sets another
 * dateline) and finds the dates again, the edits they made stay with the proposals that are
 * still there. Proposal ids number expressions by sentence ("s3-t1"), so they shift when a
 * sentence is added; a proposal is recognised instead by its sentence's words, its own
 * words and its role (and, for words found twice, which occurrence it is).
 */
import type { Edits, ProposalEdit } from './edits';
import type { Draft } from './propose';

function placesOf(draft: Draft): Map<string, string> {
  const sentenceText = new Map(draft.bundle.sentences.map((s) => [s.id, s.text]));
  const seen = new Map<string, number>();
  const places = new Map<string, string>();
  for (const proposal of draft.proposals) {
    const evidence = proposal.event.evidence[0];
    const where = JSON.stringify([sentenceText.get(evidence?.sentence ?? '') ?? '', evidence?.phrase ?? '', proposal.role]);
    const occurrence = seen.get(where) ?? 0;
    seen.set(where, occurrence + 1);
    places.set(proposal.id, `${where}#${occurrence}`);
  }
  return places;
}

/** The edits moved to the new proposals' ids, and how many had no proposal left to go to. */
export function carryEdits(before: Draft, after: Draft, edits: Edits): { edits: Edits; dropped: number } {
  const idAt = new Map([...placesOf(after)].map(([id, place]) => [place, id]));
  const newId = new Map<string, string>();
  for (const [id, place] of placesOf(before)) {
    const moved = idAt.get(place);
    if (moved !== undefined) newId.set(id, moved);
  }
  const carried: Record<string, ProposalEdit> = {};
  let dropped = 0;
  for (const [id, edit] of Object.entries(edits)) {
    const to = newId.get(id);
    if (to === undefined) {
      dropped += 1;
      continue;
    }
    const { anniversaryOf, ...rest } = edit;
    // A link to a proposal that is gone goes back to the extractor's choice.
    const linked = typeof anniversaryOf === 'string' ? newId.get(anniversaryOf) : anniversaryOf;
    carried[to] = linked === undefined ? rest : { ...rest, anniversaryOf: linked };
  }
  return { edits: carried, dropped };
}
