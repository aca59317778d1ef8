import { Button } from "@fluentui/react-components";
import { useRef, type ReactElement } from "react";

export interface FilesButtonProps {
  /** The button's text, in the pane's language. */
  readonly label: string;
  readonly disabled: boolean;
  /** Test ids of the button and of its hidden file input. */
  readonly testId: string;
  readonly inputTestId: string;
  /** The workbooks the person chose (never called with none). */
  readonly onFiles: (files: readonly File[]) => void;
}

/** A button that opens the file chooser for one or more workbooks (.xlsx, .xlsm, .xls, .ods). */
export function FilesButton(props: FilesButtonProps): ReactElement {
  const chooser = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button data-testid={props.testId} disabled={props.disabled} onClick={() => chooser.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={chooser}
        data-testid={props.inputTestId}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.ods"
        hidden
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
