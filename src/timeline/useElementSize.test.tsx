import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize, type Size } from './useElementSize';

/** A ResizeObserver that the test triggers by hand; jsdom has none. */
class FakeResizeObserver {
  static current: FakeResizeObserver | undefined;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.current = this;
  }
  observe() {}
  disconnect() {}
}

/** jsdom lays nothing out: the element's size is whatever the test says it is. */
let box = { width: 800, height: 300 };

function Probe({ tracks, seen }: { tracks: 'width' | 'both'; seen: (Size | undefined)[] }) {
  const ref = useRef<HTMLDivElement>(null);
  seen.push(useElementSize(ref, tracks));
  return <div ref={ref} />;
}

function resize(next: typeof box) {
  box = next;
  act(() => FakeResizeObserver.current?.callback());
}

describe('useElementSize', () => {
  afterEach(() => vi.unstubAllGlobals());

  function mount(tracks: 'width' | 'both') {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => box.width);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => box.height);
    box = { width: 800, height: 300 };
    const seen: (Size | undefined)[] = [];
    render(<Probe tracks={tracks} seen={seen} />);
    return seen;
  }

  it('is undefined until measured, then the measured size, before anything is painted', () => {
    const seen = mount('both');
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toEqual({ width: 800, height: 300 });
  });

  it('follows both dimensions by default', () => {
    const seen = mount('both');
    resize({ width: 800, height: 420 });
    expect(seen.at(-1)).toEqual({ width: 800, height: 420 });
  });

  it('tracking the width only, ignores a height that follows the content, not a new width', () => {
    const seen = mount('width');
    const before = seen.at(-1);
    resize({ width: 800, height: 420 });
    // The same object: nothing below has anything new to lay out.
    expect(seen.at(-1)).toBe(before);
    resize({ width: 640, height: 420 });
    expect(seen.at(-1)).toEqual({ width: 640, height: 420 });
  });
});
