import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import { Anchor } from './Anchor';
import { eventTitle } from './eventText';
import type { RelationBracket } from './layout/relations';

interface RelationLayerProps {
  readonly brackets: readonly RelationBracket[];
  readonly article: Article;
  /** The time axis's length: the plot's width lying down, its height upright. */
  readonly length: number;
  /** The plot's width: upright in right-to-left, positions across are measured from its right. */
  readonly width: number;
  readonly dir: 'ltr' | 'rtl';
  readonly vertical: boolean;
  /** Across the time axis: where the first row of brackets starts, and each row's size. */
  readonly crossStart: number;
  readonly rowSize: number;
  /** Across the time axis, where a bracket's end meets an event's mark; undefined: no line. */
  readonly meetAt: (id: string) => number | undefined;
  readonly selectedId: string | undefined;
}

/**
 * Anniversary brackets: a line along time from the origin to the anniversary, a line across
 * to each of the two events' marks, and a pill with the years between them. Lying down the
 * brackets stack in rows above the lanes; upright they stand in columns before the tracks.
 * Not memoized: its brackets are recomputed with every frame of a zoom anyway.
 */
export function RelationLayer({
  brackets,
  article,
  length,
  width,
  dir,
  vertical,
  crossStart,
  rowSize,
  meetAt,
  selectedId,
}: RelationLayerProps) {
  const { t, i18n } = useTranslation();
  const rtl = dir === 'rtl';
  /** A point at time position u and cross position c, in the SVG's physical pixels. */
  const point = (u: number, c: number) =>
    vertical ? { x: rtl ? width - c : c, y: u } : { x: rtl ? length - u : u, y: c };
  const clampU = (u: number) => Math.min(Math.max(u, -2), length + 2);
  const rowCentre = (row: number) => crossStart + row * rowSize + rowSize / 2;
  return (
    <>
      <svg
        className="tl-relations-svg"
        width={vertical ? width : length}
        height={vertical ? length : '100%'}
        aria-hidden="true"
        focusable="false"
      >
        {brackets.map((b) => {
          const c = rowCentre(b.row);
          const active = selectedId === b.from || selectedId === b.to;
          const ends = [
            { u: b.uOrigin, c: meetAt(b.to) },
            { u: b.uAnniversary, c: meetAt(b.from) },
          ];
          const along = [point(clampU(b.uOrigin), c), point(clampU(b.uAnniversary), c)] as const;
          return (
            <g key={b.key} className="tl-bracket" data-from={b.from} data-to={b.to} data-active={active || undefined}>
              <line x1={along[0].x} y1={along[0].y} x2={along[1].x} y2={along[1].y} />
              {ends.map((end, i) => {
                if (end.u < 0 || end.u > length || end.c === undefined) return null;
                const [p, q] = [point(end.u, c), point(end.u, end.c)];
                return <line key={i} x1={p.x} y1={p.y} x2={q.x} y2={q.y} />;
              })}
            </g>
          );
        })}
      </svg>
      {brackets.map((b) => {
        if (b.uPill === undefined) return null;
        const anniversary = article.eventById.get(b.from);
        const origin = article.eventById.get(b.to);
        const years = t('timeline.years', { count: b.years });
        const c = rowCentre(b.row);
        return (
          // Hidden from assistive technology like the lines: the years are said in the two
          // events' details ("Related events"), where they have their context.
          <Anchor
            key={b.key}
            hidden
            className="tl-pill"
            title={
              anniversary && origin
                ? t('timeline.bracket', {
                    anniversary: eventTitle(anniversary, i18n.language).text,
                    origin: eventTitle(origin, i18n.language).text,
                    years,
                  })
                : undefined
            }
            style={
              vertical
                ? { insetInlineStart: c, insetBlockStart: b.uPill }
                : { insetInlineStart: b.uPill, insetBlockStart: c }
            }
          >
            {years}
          </Anchor>
        );
      })}
    </>
  );
}
