import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadResult } from '../model/load';
import type { BundleData } from '../model/schema';
import { downloadText } from './download';

interface ExportPanelProps {
  readonly bundle: BundleData;
  readonly result: LoadResult;
  readonly fileName: string;
  readonly onOpen: (name: string, result: LoadResult) => void;
  readonly onDownloaded: () => void;
  /** The form has changed since the dates were found: nothing is exported until they are found again. */
  readonly stale: boolean;
}

/**
 * The bundle as a file, or opened in the reading view at once: only once it passes the loader
 * and keeps at least one event (an empty timeline is no article worth sharing), and only for
 * the text and date in the form (not a date changed since the dates were found).
 */
export function ExportPanel({ bundle, result, fileName, onOpen, onDownloaded, stale }: ExportPanelProps) {
  const { t } = useTranslation();
  const heading = useId();
  const download = () => {
    downloadText(fileName, `${JSON.stringify(bundle, null, 2)}\n`);
    onDownloaded();
  };
  return (
    <section className="panel author-export" aria-labelledby={heading}>
      <h3 id={heading} className="author-panel-heading">
        {t('author.export.heading')}
      </h3>
      {stale ? (
        <p className="author-hint">{t('author.export.stale')}</p>
      ) : !result.ok ? (
        <p className="author-hint">{t('author.export.blocked')}</p>
      ) : result.article.events.length === 0 ? (
        <p className="author-hint">{t('author.export.empty')}</p>
      ) : (
        <>
          <p className="author-hint">{t('author.export.hint')}</p>
          <div className="author-actions">
            <button type="button" className="text-button author-primary" onClick={download}>
              {t('author.export.download')}
            </button>
            <button type="button" className="text-button" onClick={() => onOpen(fileName, result)}>
              {t('author.export.open')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
