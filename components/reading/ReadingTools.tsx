import { FontSizeControl } from './FontSizeControl';
import { ShareActions, type ShareActionsProps } from './ShareActions';

/** The reader's tools above the text: size, share, cite. Not printed. */
export function ReadingTools(props: ShareActionsProps) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
      <FontSizeControl />
      <ShareActions {...props} />
    </div>
  );
}
