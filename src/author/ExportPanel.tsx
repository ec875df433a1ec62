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
}

/**
 * The bundle as a file, or opened in the reading view at once: only once it passes the loader
 * and keeps at least one event (an empty timeline is no article worth sharing).
 */
export function ExportPanel({ bundle, result, fileName, onOpen, onDownloaded }: ExportPanelProps) {
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
      {!result.ok ? (
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
