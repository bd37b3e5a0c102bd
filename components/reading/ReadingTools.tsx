import { FontSizeControl } from './FontSizeControl';
import { ListenControl } from './ListenControl';
import { ScriptControl } from './ScriptControl';
import { ShareActions, type ShareActionsProps } from './ShareActions';

/** The reader's tools above the text: size, 简/繁, listen, share, cite. Not printed. */
export function ReadingTools(props: ShareActionsProps) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
      <div className="flex flex-wrap items-center gap-3">
        <FontSizeControl />
        <ScriptControl />
        <ListenControl />
      </div>
      <ShareActions {...props} />
    </div>
  );
}
