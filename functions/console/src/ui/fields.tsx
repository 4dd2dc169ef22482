import type { ComponentChildren, JSX } from 'preact';

/** The id of the input for a field path, so errors and links can point at it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

interface FieldProps {
  /** The field's full path in the document (`teams[3].shifts[0].end`): its id and error key. */
  readonly path: string;
  readonly label: ComponentChildren;
  readonly error?: string | undefined;
  readonly hint?: ComponentChildren;
}

function Described({ path, error, hint }: FieldProps) {
  const id = fieldId(path);
  return (
    <>
      {hint ? (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}

function describedBy({ path, error, hint }: FieldProps): string | undefined {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export type TextFieldProps = FieldProps & {
  readonly value: string;
  /** Absent for a read-only field. */
  readonly onChange?: (value: string) => void;
  readonly readOnly?: boolean;
  readonly placeholder?: string;
  readonly type?: string;
  readonly list?: string;
  readonly inputMode?: JSX.HTMLAttributes['inputMode'];
};

export function TextField(props: TextFieldProps) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        readOnly={props.readOnly}
        placeholder={props.placeholder}
        list={props.list}
        inputMode={props.inputMode}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onChange?.(event.currentTarget.value)}
      />
      <Described {...props} />
    </div>
  );
}

export function SelectField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly options: readonly { value: string; label: string }[];
    readonly disabled?: boolean;
  },
) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described {...props} />
    </div>
  );
}

export function CheckboxField(
  props: FieldProps & {
    readonly checked: boolean;
    readonly disabled?: boolean;
    readonly onChange: (checked: boolean) => void;
  },
) {
  const id = fieldId(props.path);
  return (
    <div class={`field checkbox${props.error ? ' invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <Described {...props} />
    </div>
  );
}

/** Moves focus to a field by its path, for the links of an error summary. */
export function focusField(path: string): boolean {
  const element = document.getElementById(fieldId(path));
  if (!element) return false;
  element.focus();
  return true;
}
