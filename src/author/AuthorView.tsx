/**
 * The authoring view ("New article"): an Arabic article and its date in, proposed events out,
 * reviewed and edited by the author, previewed as the reader will see them, and exported as a
 * bundle that passes the loader. The work in progress survives a reload.
 */
import './author.css';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarId } from '../i18n/formatDate';
import { useStringPart } from '../i18n/parts';
import type { LoadResult } from '../model/load';
import { loadBundleValue } from '../model/load';
import { ArticleForm } from './ArticleForm';
import { ExportPanel } from './ExportPanel';
import { FoundText } from './FoundText';
import { Preview, PREVIEW_ID } from './Preview';
import { proposalElementId } from './ProposalCard';
import { ProposalList } from './ProposalList';
import { bundleFileName, checkInput, propose, type ProposeError } from './propose';
import { assembleBundle, resolveProposals } from './resolve';
import { StartOver } from './StartOver';
import { useWordings } from './useWordings';
import { useWorkInProgress } from './useWorkInProgress';
import { isStale } from './work';

export interface AuthorViewProps {
  /** Opens a finished bundle in the reading workspace. */
  readonly onOpen: (name: string, result: LoadResult) => void;
  readonly onClose: () => void;
  /** The header's calendar: with the Hijri one, proposals and the preview give Hijri dates too. */
  readonly calendar?: CalendarId;
}

/** What the status line last announced. */
type Notice = 'restored' | 'found' | 'downloaded' | 'cleared';

/** The view's strings load with it (src/i18n/parts.ts); until then, a progress line. */
export default function AuthorView(props: AuthorViewProps) {
  const { t } = useTranslation();
  const authorStrings = useStringPart('author');
  const problemStrings = useStringPart('problems');
  if (!authorStrings || !problemStrings) {
    return (
      <p className="loading" role="status">
        {t('app.loadingAuthor')}
      </p>
    );
  }
  return <AuthorWorkspace {...props} />;
}

function AuthorWorkspace({ onOpen, onClose, calendar = 'gregory' }: AuthorViewProps) {
  const { t } = useTranslation();
  const { work, restored, actions } = useWorkInProgress();
  const [notice, setNotice] = useState<Notice | undefined>(restored ? 'restored' : undefined);
  // "Your work is back, as you left it" is true only until the author changes something.
  const [workAsRestored] = useState(work);
  const shown = notice === 'restored' && work !== workAsRestored ? undefined : notice;
  const [inputError, setInputError] = useState<ProposeError | undefined>(undefined);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [found, setFound] = useState(0);
  /** Edits the last "Find dates" could not carry over to the changed text. */
  const [dropped, setDropped] = useState(0);

  const proposed = useMemo(() => (work.found ? propose(work.found) : undefined), [work.found]);
  const draft = proposed?.ok ? proposed.draft : undefined;
  const stale = isStale(work);
  const error = inputError ?? (proposed?.ok === false ? proposed.error : undefined);
  const wordings = useWordings();
  const resolved = useMemo(
    () => (draft ? resolveProposals(draft, work.edits, wordings?.title) : []),
    [draft, work.edits, wordings],
  );
  const bundle = useMemo(() => draft && assembleBundle(draft, resolved, wordings?.note), [draft, resolved, wordings]);
  const result = useMemo(() => bundle && loadBundleValue(bundle), [bundle]);

  const find = () => {
    const problem = checkInput(work.input);
    setInputError(problem);
    setNotice(problem ? undefined : 'found');
    if (problem) return;
    setSelectedId(undefined);
    setDropped(actions.find());
    setFound((n) => n + 1);
  };
  const startOver = () => {
    actions.startOver();
    setInputError(undefined);
    setSelectedId(undefined);
    setNotice('cleared');
  };
  const select = useCallback((id: string | undefined) => {
    setSelectedId(id);
    if (id) document.getElementById(proposalElementId(id))?.scrollIntoView({ block: 'nearest' });
  }, []);

  const status =
    // When the dates could not be found, the form's error says why; "0 events proposed" would contradict it.
    shown === 'found'
      ? draft
        ? t('author.status.found', { count: draft.proposals.length })
        : ''
      : shown
        ? t(`author.status.${shown}`)
        : '';

  return (
    <div className="author" data-drafting={draft ? '' : undefined}>
      <div className="author-header">
        <div>
          <h2 className="author-heading">{t('author.heading')}</h2>
          <p className="author-intro">{t('author.intro')}</p>
        </div>
        <div className="author-actions">
          <button type="button" className="text-button" onClick={onClose}>
            {t('author.back')}
          </button>
          <StartOver onConfirm={startOver} />
        </div>
      </div>
      <p className="notice author-status" role="status">
        {status}
        {notice === 'found' && dropped > 0 && (
          <span className="author-status-more">{t('author.status.editsDropped', { count: dropped })}</span>
        )}
      </p>
      {draft && bundle && result && (
        // One column (under 1000 px): the preview and the export come after every proposal and
        // the whole marked text, thousands of pixels down on a phone.
        <a className="author-jump" href={`#${PREVIEW_ID}`}>
          {t('author.jumpToPreview')}
        </a>
      )}
      <div className="author-layout">
        <div className="author-work">
          <ArticleForm input={work.input} error={error} onChange={actions.setInput} onFind={find} />
          {draft && stale && draft.proposals.length > 0 && (
            <p className="notice author-stale" role="status">
              {t('author.stale')}
            </p>
          )}
          {draft && (
            <ProposalList
              draft={draft}
              resolved={resolved}
              edits={work.edits}
              selectedId={selectedId}
              revealKey={found}
              calendar={calendar}
              onEdit={actions.edit}
            />
          )}
          {draft && <FoundText draft={draft} />}
        </div>
        {draft && bundle && result && (
          <div className="author-side">
            <Preview bundle={bundle} result={result} selectedId={selectedId} calendar={calendar} onSelect={select} />
            <ExportPanel
              bundle={bundle}
              result={result}
              fileName={bundleFileName(draft.input.dateline)}
              onOpen={onOpen}
              onDownloaded={() => setNotice('downloaded')}
              stale={stale}
            />
          </div>
        )}
      </div>
    </div>
  );
}
