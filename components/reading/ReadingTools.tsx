import { FontSizeControl } from './FontSizeControl';
import { ListenControl } from './ListenControl';
import { SaveControl, type SaveControlProps } from './SaveControl';
import { ScriptControl } from './ScriptControl';
import { ShareActions, type ShareActionsProps } from './ShareActions';

export interface ReadingToolsProps extends ShareActionsProps {
  readonly story: SaveControlProps;
}

/** The reader's tools above the text: size, 简/繁, listen, save, share, cite. Not printed. */
export function ReadingTools({ story, ...share }: ReadingToolsProps) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
      <div className="flex flex-wrap items-center gap-3">
        <FontSizeControl />
        <ScriptControl />
        <ListenControl />
        <SaveControl {...story} />
      </div>
      <ShareActions {...share} />
    </div>
  );
}
